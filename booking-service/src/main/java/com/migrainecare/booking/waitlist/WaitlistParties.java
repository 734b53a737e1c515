package com.migrainecare.booking.waitlist;

import com.migrainecare.booking.chain.AggregateReader;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import java.util.Optional;
import java.util.Set;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Whose a waitlist entry is and where it waits, read from the entry itself (so a request right after joining
 * sees it): the port through which access rules learn about an entry without reading the waitlist's internals.
 */
@Component
public class WaitlistParties {

    /** The client an entry is for and the locations it waits at. */
    public record Parties(String clientId, Set<String> locationIds) {}

    private final AggregateReader<WaitlistEntry> entries;

    WaitlistParties(@Qualifier("waitlistEntryRepository") Repository<WaitlistEntry> repository) {
        this.entries = new AggregateReader<>(repository, ErrorCode.WAITLIST_ENTRY_NOT_FOUND);
    }

    /** The entry's parties, or empty for an id no entry has. */
    public Optional<Parties> of(String entryId) {
        try {
            return Optional.of(entries.read(entryId, WaitlistEntry::parties));
        } catch (RuleViolation | IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}

package com.migrainecare.booking.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Recomputes the hash chain from {@code DomainEventEntry} and compares it link by link, in chain order: an edited
 * event (or edited metadata) no longer hashes to its link, a deleted one leaves a link without its event. Then every
 * stored event that the chain's processor has been handed (its token) must have a link; events it has not reached
 * yet are not judged.
 */
@Component
class ChainVerifier {

    private static final int BATCH = 500;

    private final EventRows rows;
    private final ChainLinks chain;
    private final ChainProgress progress;

    ChainVerifier(EventRows rows, ChainLinks chain, ChainProgress progress) {
        this.rows = rows;
        this.chain = chain;
        this.progress = progress;
    }

    /** The outcome: {@code brokenAt} and the rest are null when every link held. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Verdict(boolean verified, long events, Long brokenAt, String eventIdentifier, String reason) {

        static Verdict broken(long events, long at, String eventIdentifier, String reason) {
            return new Verdict(false, events, at, eventIdentifier, reason);
        }
    }

    Verdict verify() {
        // the token first: every event it covers had its link committed with it, so the links read next show it
        Optional<ChainProgress.Seen> seen = progress.seen();
        ChainLinks.Link previous = ChainLinks.GENESIS;
        long verified = 0;
        List<ChainLinks.Link> links = chain.after(previous.position(), BATCH);
        while (!links.isEmpty()) {
            Map<Long, StoredEvent> events = rows.byIndexes(
                    links.stream().map(ChainLinks.Link::globalIndex).toList());
            for (ChainLinks.Link link : links) {
                Verdict broken = check(link, events.get(link.globalIndex()), previous, verified);
                if (broken != null) {
                    return broken;
                }
                previous = link;
                verified++;
            }
            links = chain.after(previous.position(), BATCH);
        }
        long linked = verified;
        return seen.flatMap(s -> unlinked(s, linked)).orElse(new Verdict(true, linked, null, null, null));
    }

    private static Verdict check(ChainLinks.Link link, StoredEvent event, ChainLinks.Link previous, long verified) {
        if (event == null) {
            return Verdict.broken(verified, link.globalIndex(), link.eventIdentifier(), "event missing");
        }
        if (!event.eventIdentifier().equals(link.eventIdentifier())) {
            return Verdict.broken(verified, link.globalIndex(), event.eventIdentifier(), "another event at this index");
        }
        if (!ChainLinks.hash(previous.hash(), event).equals(link.hash())) {
            return Verdict.broken(verified, link.globalIndex(), event.eventIdentifier(), "payload or metadata changed");
        }
        return null;
    }

    /** The first stored event the processor was handed that has no link: it was added behind the chain's back. */
    private Optional<Verdict> unlinked(ChainProgress.Seen seen, long verified) {
        return chain.unlinkedUpTo(seen.index()).stream()
                .filter(event -> seen.covers(event.globalIndex()))
                .findFirst()
                .map(event -> Verdict.broken(
                        verified, event.globalIndex(), event.eventIdentifier(), "event not in the chain"));
    }
}

package com.migrainecare.booking.careplan;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.migrainecare.booking.client.CareProfiles;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.careplan.HeadacheLogCommand.LogHeadache;
import com.migrainecare.kernel.careplan.HeadacheLogEvent.HeadacheLogged;
import com.migrainecare.kernel.ids.HeadacheLogId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** One calendar month of a client's headache diary: the days with a headache, at most one entry a day. */
@Aggregate
public class HeadacheLog {

    @AggregateIdentifier
    private HeadacheLogId logId;

    private final Set<LocalDate> days = new TreeSet<>();

    protected HeadacheLog() {
        // rebuilt from events, or created by the month's first entry
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(LogHeadache command, CareProfiles profiles) {
        if (!command.logId().equals(HeadacheLogId.of(command.clientId(), YearMonth.from(command.date())))) {
            throw new RuleViolation(ErrorCode.INVALID_REQUEST, "an entry belongs to the month of its date");
        }
        // a day ahead of UTC is still today somewhere
        LocalDate latest = LocalDate.ofInstant(GenericEventMessage.clock.instant(), ZoneOffset.UTC)
                .plusDays(1);
        if (command.date().isAfter(latest)) {
            throw new RuleViolation(ErrorCode.INVALID_REQUEST, "a headache is logged on the day or after it");
        }
        if (command.severity() != null && (command.severity() < 0 || command.severity() > 10)) {
            throw new RuleViolation(ErrorCode.INVALID_REQUEST, "severity is between 0 and 10");
        }
        ensureClientExists(command, profiles);
        apply(new HeadacheLogged(
                command.logId(), command.clientId(), command.date(), command.severity(), command.note()));
    }

    Set<LocalDate> days() {
        return Set.copyOf(days);
    }

    /** A diary belongs to a known client; one without an intake yet may keep a diary too. */
    private static void ensureClientExists(LogHeadache command, CareProfiles profiles) {
        try {
            profiles.profileOf(command.clientId(), command.date());
        } catch (RuleViolation refused) {
            if (refused.code() != ErrorCode.INTAKE_REQUIRED) {
                throw refused;
            }
        }
    }

    @EventSourcingHandler
    void on(HeadacheLogged event) {
        logId = event.logId();
        days.add(event.date());
    }
}

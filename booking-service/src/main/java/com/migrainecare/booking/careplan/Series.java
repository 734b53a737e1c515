package com.migrainecare.booking.careplan;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.migrainecare.booking.careplan.SeriesView.Occurrence;
import com.migrainecare.booking.careplan.SeriesView.PendingChange;
import com.migrainecare.booking.careplan.SeriesView.Status;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.careplan.OccurrenceChange;
import com.migrainecare.kernel.careplan.SeriesCommand.PlanOccurrenceChanges;
import com.migrainecare.kernel.careplan.SeriesCommand.RecordOccurrenceBooked;
import com.migrainecare.kernel.careplan.SeriesCommand.RecordOccurrenceCancelled;
import com.migrainecare.kernel.careplan.SeriesCommand.RecordOccurrenceChangeRefused;
import com.migrainecare.kernel.careplan.SeriesCommand.RecordOccurrenceConflict;
import com.migrainecare.kernel.careplan.SeriesCommand.RecordOccurrenceMoved;
import com.migrainecare.kernel.careplan.SeriesCommand.ScheduleSeries;
import com.migrainecare.kernel.careplan.SeriesEvent.OccurrenceBooked;
import com.migrainecare.kernel.careplan.SeriesEvent.OccurrenceCancelled;
import com.migrainecare.kernel.careplan.SeriesEvent.OccurrenceChangeRefused;
import com.migrainecare.kernel.careplan.SeriesEvent.OccurrenceChangesPlanned;
import com.migrainecare.kernel.careplan.SeriesEvent.OccurrenceConflicted;
import com.migrainecare.kernel.careplan.SeriesEvent.OccurrenceRescheduled;
import com.migrainecare.kernel.careplan.SeriesEvent.SeriesCompletionDue;
import com.migrainecare.kernel.careplan.SeriesEvent.SeriesScheduled;
import com.migrainecare.kernel.ids.SeriesId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A recurring series: the occurrences planned as wall-clock times, and which booking each became or why it could
 * not be booked. The bookings themselves are {@code Booking} aggregates, each booked in its own transaction;
 * the stream holds a few events per occurrence, so it ends with the series. What is to happen is recorded here
 * first (the planned occurrences, the changes to apply), and a durable completion check asks, some time later,
 * for whatever a cut-off request left undone. Recording an outcome twice changes nothing.
 */
@Aggregate
public class Series {

    /** The longest series: a year of weekly sessions, or four months at three a week. */
    static final int MOST_OCCURRENCES = 52;

    /** The deadline that checks whether occurrences or changes were left undone. */
    static final String COMPLETION_CHECK = "series-completion-check";

    @AggregateIdentifier
    private SeriesId seriesId;

    private SeriesScheduled plan;
    private final List<Occurrence> occurrences = new ArrayList<>();
    private final Map<Integer, PendingChange> pending = new TreeMap<>();

    protected Series() {
        // rebuilt from events
    }

    @CommandHandler
    public Series(ScheduleSeries command, SeriesProperties properties, DeadlineManager deadlines) {
        SeriesRules.ensurePlannable(command.occurrences(), MOST_OCCURRENCES);
        apply(new SeriesScheduled(
                command.seriesId(),
                command.clientId(),
                command.therapistId(),
                command.locationId(),
                command.technique(),
                command.duration(),
                command.zone(),
                command.occurrences(),
                command.carePlanId()));
        SeriesRules.armCompletionCheck(1, properties, deadlines);
    }

    /**
     * The occurrence's booking, from the request that booked it or from the booking's own event. A booking of the
     * occurrence wins over a conflict recorded for it; the same booking recorded again changes nothing.
     */
    @CommandHandler
    public void handle(RecordOccurrenceBooked command) {
        Occurrence occurrence = occurrence(command.index());
        if (command.bookingId().equals(occurrence.bookingId())) {
            return;
        }
        if (occurrence.status() != Status.CONFLICT) {
            ensureStatus(command.index(), Status.PLANNED, "an occurrence is booked once");
        }
        apply(new OccurrenceBooked(seriesId, command.index(), command.bookingId(), command.start()));
    }

    @CommandHandler
    public void handle(RecordOccurrenceConflict command) {
        if (occurrence(command.index()).status() == Status.CONFLICT) {
            return;
        }
        ensureStatus(command.index(), Status.PLANNED, "an occurrence that was booked has no conflict to record");
        apply(new OccurrenceConflicted(
                seriesId, command.index(), command.code(), command.detail(), command.alternatives()));
    }

    /** Records which occurrences a change applies to, before any booking is touched. */
    @CommandHandler
    public void handle(PlanOccurrenceChanges command, SeriesProperties properties, DeadlineManager deadlines) {
        if (command.changes().isEmpty()) {
            throw new RuleViolation(ErrorCode.OCCURRENCE_NOT_FOUND, "the change applies to no occurrence");
        }
        for (OccurrenceChange change : command.changes()) {
            ensureStatus(change.index(), Status.BOOKED, "only a booked occurrence can be moved or cancelled");
            ensureNoChangePending(change.index());
        }
        apply(new OccurrenceChangesPlanned(
                seriesId, command.kind(), command.changes(), command.therapistId(), command.duration()));
        SeriesRules.armCompletionCheck(1, properties, deadlines);
    }

    @CommandHandler
    public void handle(RecordOccurrenceMoved command) {
        Occurrence occurrence = occurrence(command.index());
        if (!pending.containsKey(command.index())
                && command.localStart().equals(occurrence.localStart())
                && command.start().equals(occurrence.start())) {
            return;
        }
        ensureStatus(command.index(), Status.BOOKED, "only a booked occurrence can be moved");
        apply(new OccurrenceRescheduled(seriesId, command.index(), command.localStart(), command.start()));
    }

    @CommandHandler
    public void handle(RecordOccurrenceCancelled command) {
        if (occurrence(command.index()).status() == Status.CANCELLED) {
            return;
        }
        ensureStatus(command.index(), Status.BOOKED, "only a booked occurrence can be cancelled");
        apply(new OccurrenceCancelled(seriesId, command.index()));
    }

    @CommandHandler
    public void handle(RecordOccurrenceChangeRefused command) {
        occurrence(command.index());
        if (pending.containsKey(command.index())) {
            apply(new OccurrenceChangeRefused(seriesId, command.index(), command.code(), command.detail()));
        }
    }

    /** Asks for what is still undone, and looks again later while something is. */
    @DeadlineHandler(deadlineName = COMPLETION_CHECK)
    void checkCompletion(Integer attempt, SeriesProperties properties, DeadlineManager deadlines) {
        List<Integer> planned = occurrences.stream()
                .filter(occurrence -> occurrence.status() == Status.PLANNED)
                .map(Occurrence::index)
                .toList();
        if (planned.isEmpty() && pending.isEmpty()) {
            return;
        }
        apply(new SeriesCompletionDue(seriesId, planned, List.copyOf(pending.keySet()), attempt));
        if (attempt < properties.completionChecks()) {
            SeriesRules.armCompletionCheck(attempt + 1, properties, deadlines);
        }
    }

    SeriesView snapshot() {
        return new SeriesView(
                seriesId,
                plan.clientId(),
                plan.therapistId(),
                plan.locationId(),
                plan.technique(),
                plan.duration(),
                plan.zone(),
                plan.carePlanId(),
                List.copyOf(occurrences),
                List.copyOf(pending.values()));
    }

    private Occurrence occurrence(int index) {
        if (index < 0 || index >= occurrences.size()) {
            throw new RuleViolation(ErrorCode.OCCURRENCE_NOT_FOUND, "the series has no occurrence " + index);
        }
        return occurrences.get(index);
    }

    private void ensureStatus(int index, Status required, String rule) {
        SeriesRules.ensureStatus(occurrence(index), required, rule);
    }

    /** One change of an occurrence at a time: a new one waits until the last is applied or refused. */
    private void ensureNoChangePending(int index) {
        if (pending.containsKey(index)) {
            throw new RuleViolation(
                    ErrorCode.INVALID_STATE_TRANSITION,
                    "an earlier change of occurrence " + index + " is still being applied; try again shortly");
        }
    }

    @EventSourcingHandler
    void on(SeriesScheduled event) {
        seriesId = event.seriesId();
        plan = event;
        for (int i = 0; i < event.occurrences().size(); i++) {
            occurrences.add(
                    new Occurrence(i, event.occurrences().get(i), Status.PLANNED, null, null, null, null, List.of()));
        }
    }

    @EventSourcingHandler
    void on(OccurrenceBooked event) {
        Occurrence was = occurrences.get(event.index());
        occurrences.set(event.index(), was.booked(was.localStart(), event.bookingId(), event.start()));
    }

    @EventSourcingHandler
    void on(OccurrenceConflicted event) {
        Occurrence was = occurrences.get(event.index());
        occurrences.set(event.index(), was.conflicted(event.code(), event.detail(), event.alternatives()));
    }

    @EventSourcingHandler
    void on(OccurrenceChangesPlanned event) {
        for (OccurrenceChange change : event.changes()) {
            pending.put(
                    change.index(),
                    new PendingChange(
                            change.index(), event.kind(), change.target(), event.therapistId(), event.duration()));
        }
    }

    @EventSourcingHandler
    void on(OccurrenceRescheduled event) {
        Occurrence was = occurrences.get(event.index());
        occurrences.set(event.index(), was.booked(event.localStart(), was.bookingId(), event.start()));
        pending.remove(event.index());
    }

    @EventSourcingHandler
    void on(OccurrenceCancelled event) {
        occurrences.set(event.index(), occurrences.get(event.index()).cancelled());
        pending.remove(event.index());
    }

    @EventSourcingHandler
    void on(OccurrenceChangeRefused event) {
        pending.remove(event.index());
    }
}

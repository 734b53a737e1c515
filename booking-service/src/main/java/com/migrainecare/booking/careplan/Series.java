package com.migrainecare.booking.careplan;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.migrainecare.booking.careplan.SeriesView.Occurrence;
import com.migrainecare.booking.careplan.SeriesView.Status;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.careplan.SeriesCommand.RecordOccurrenceBooked;
import com.migrainecare.kernel.careplan.SeriesCommand.RecordOccurrenceCancelled;
import com.migrainecare.kernel.careplan.SeriesCommand.RecordOccurrenceConflict;
import com.migrainecare.kernel.careplan.SeriesCommand.RecordOccurrenceMoved;
import com.migrainecare.kernel.careplan.SeriesCommand.ScheduleSeries;
import com.migrainecare.kernel.careplan.SeriesEvent.OccurrenceBooked;
import com.migrainecare.kernel.careplan.SeriesEvent.OccurrenceCancelled;
import com.migrainecare.kernel.careplan.SeriesEvent.OccurrenceConflicted;
import com.migrainecare.kernel.careplan.SeriesEvent.OccurrenceRescheduled;
import com.migrainecare.kernel.careplan.SeriesEvent.SeriesScheduled;
import com.migrainecare.kernel.ids.SeriesId;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A recurring series: the occurrences planned as wall-clock times, and which booking each became or why it could
 * not be booked. The bookings themselves are {@code Booking} aggregates, each booked in its own transaction;
 * the stream holds a few events per occurrence, so it ends with the series.
 */
@Aggregate
public class Series {

    /** The longest series: a year of weekly sessions, or four months at three a week. */
    static final int MOST_OCCURRENCES = 52;

    @AggregateIdentifier
    private SeriesId seriesId;

    private SeriesScheduled plan;
    private final List<Occurrence> occurrences = new ArrayList<>();

    protected Series() {
        // rebuilt from events
    }

    @CommandHandler
    public Series(ScheduleSeries command) {
        if (command.occurrences().isEmpty() || command.occurrences().size() > MOST_OCCURRENCES) {
            throw new RuleViolation(
                    ErrorCode.INVALID_REQUEST, "a series has between 1 and " + MOST_OCCURRENCES + " occurrences");
        }
        for (int i = 1; i < command.occurrences().size(); i++) {
            if (!command.occurrences().get(i).isAfter(command.occurrences().get(i - 1))) {
                throw new RuleViolation(ErrorCode.INVALID_REQUEST, "occurrences are in order, one at a time");
            }
        }
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
    }

    @CommandHandler
    public void handle(RecordOccurrenceBooked command) {
        ensureStatus(command.index(), Status.PLANNED, "an occurrence is booked once");
        apply(new OccurrenceBooked(seriesId, command.index(), command.bookingId(), command.start()));
    }

    @CommandHandler
    public void handle(RecordOccurrenceConflict command) {
        ensureStatus(command.index(), Status.PLANNED, "an occurrence that was booked has no conflict to record");
        apply(new OccurrenceConflicted(
                seriesId, command.index(), command.code(), command.detail(), command.alternatives()));
    }

    @CommandHandler
    public void handle(RecordOccurrenceMoved command) {
        ensureStatus(command.index(), Status.BOOKED, "only a booked occurrence can be moved");
        apply(new OccurrenceRescheduled(seriesId, command.index(), command.localStart(), command.start()));
    }

    @CommandHandler
    public void handle(RecordOccurrenceCancelled command) {
        ensureStatus(command.index(), Status.BOOKED, "only a booked occurrence can be cancelled");
        apply(new OccurrenceCancelled(seriesId, command.index()));
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
                List.copyOf(occurrences));
    }

    private void ensureStatus(int index, Status required, String rule) {
        if (index < 0 || index >= occurrences.size()) {
            throw new RuleViolation(ErrorCode.OCCURRENCE_NOT_FOUND, "the series has no occurrence " + index);
        }
        Status status = occurrences.get(index).status();
        if (status != required) {
            throw new RuleViolation(ErrorCode.INVALID_STATE_TRANSITION, rule + " (it is " + status + ")");
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
    void on(OccurrenceRescheduled event) {
        Occurrence was = occurrences.get(event.index());
        occurrences.set(event.index(), was.booked(event.localStart(), was.bookingId(), event.start()));
    }

    @EventSourcingHandler
    void on(OccurrenceCancelled event) {
        occurrences.set(event.index(), occurrences.get(event.index()).cancelled());
    }
}

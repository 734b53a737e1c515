package com.migrainecare.booking.careplan;

import com.migrainecare.booking.booking.BookingService;
import com.migrainecare.booking.booking.BookingState;
import com.migrainecare.booking.booking.MoveRequest;
import com.migrainecare.booking.careplan.SeriesChanges.Outcome;
import com.migrainecare.booking.careplan.SeriesView.Occurrence;
import com.migrainecare.booking.careplan.SeriesView.PendingChange;
import com.migrainecare.booking.chain.AggregateReader;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.booking.BookingStatus;
import com.migrainecare.kernel.careplan.OccurrenceChange;
import com.migrainecare.kernel.careplan.SeriesCommand.RecordOccurrenceCancelled;
import com.migrainecare.kernel.careplan.SeriesCommand.RecordOccurrenceChangeRefused;
import com.migrainecare.kernel.careplan.SeriesCommand.RecordOccurrenceMoved;
import com.migrainecare.kernel.ids.SeriesId;
import com.migrainecare.kernel.time.RequestedTime;
import com.migrainecare.kernel.time.TimeSlot;
import com.migrainecare.kernel.time.WallClock;
import com.migrainecare.platform.axon.Commands;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Applies the changes a series has recorded and not yet applied, each to its occurrence's booking as a command of
 * its own, and records each outcome on the series (moved, cancelled, or refused with its code). A change whose
 * booking already shows it (applied before the request that began it was cut off) is only recorded, so applying
 * the pending changes again does each at most once.
 */
@Component
class PendingChanges {

    private final BookingService bookings;
    private final Commands commands;
    private final CadenceProperties table;
    private final AggregateReader<Series> series;

    PendingChanges(
            BookingService bookings,
            Commands commands,
            CadenceProperties table,
            @Qualifier("seriesRepository") Repository<Series> seriesRepository) {
        this.bookings = bookings;
        this.commands = commands;
        this.table = table;
        this.series = new AggregateReader<>(seriesRepository, ErrorCode.SERIES_NOT_FOUND);
    }

    /** Applies every pending change of the series; the outcomes come by occurrence index. */
    List<Outcome> apply(SeriesId id, String reason) {
        SeriesView view = series.read(id.value(), Series::snapshot);
        List<Outcome> outcomes = new ArrayList<>();
        for (PendingChange change : inOrder(view)) {
            outcomes.add(apply(view, view.occurrences().get(change.index()), change, reason));
        }
        outcomes.sort(Comparator.comparing(Outcome::index));
        return outcomes;
    }

    /** Moving later, the last goes first, so that no occurrence lands on one that has not moved yet. */
    private static List<PendingChange> inOrder(SeriesView view) {
        Comparator<PendingChange> byIndex = Comparator.comparing(PendingChange::index);
        boolean earlier = view.pending().stream()
                .filter(change -> change.kind() == OccurrenceChange.Kind.MOVE)
                .findFirst()
                .map(change -> change.target()
                        .isBefore(view.occurrences().get(change.index()).localStart()))
                .orElse(true);
        return view.pending().stream()
                .sorted(earlier ? byIndex : byIndex.reversed())
                .toList();
    }

    private Outcome apply(SeriesView view, Occurrence occurrence, PendingChange change, String reason) {
        try {
            BookingState now = change.kind() == OccurrenceChange.Kind.MOVE
                    ? move(view, occurrence, change, reason)
                    : cancel(view, occurrence, reason);
            return new Outcome(occurrence.index(), occurrence.start(), now, null, null);
        } catch (RuleViolation refused) {
            return refused(view, occurrence, refused.code(), refused.getMessage(), reason);
        } catch (IllegalArgumentException invalid) {
            ErrorCode code = invalid instanceof WallClock.NonexistentLocalTimeException
                    ? ErrorCode.NONEXISTENT_LOCAL_TIME
                    : ErrorCode.INVALID_REQUEST;
            return refused(view, occurrence, code, invalid.getMessage(), reason);
        }
    }

    private BookingState move(SeriesView view, Occurrence occurrence, PendingChange change, String reason) {
        BookingState current = bookings.current(occurrence.bookingId());
        BookingState moved = alreadyMoved(current, view, change)
                ? current
                : bookings.reschedule(
                        occurrence.bookingId(),
                        new MoveRequest(
                                new RequestedTime.Local(change.target()),
                                change.therapistId(),
                                null,
                                null,
                                change.duration()),
                        null,
                        table.minimumGap(),
                        reason);
        commands.send(
                new RecordOccurrenceMoved(
                        view.seriesId(),
                        occurrence.index(),
                        change.target(),
                        moved.placement().slot().start()),
                reason);
        return moved;
    }

    private BookingState cancel(SeriesView view, Occurrence occurrence, String reason) {
        BookingState current = bookings.current(occurrence.bookingId());
        boolean cancelled =
                current.status() == BookingStatus.CANCELLED || current.status() == BookingStatus.LATE_CANCELLED;
        BookingState now = cancelled ? current : bookings.cancel(occurrence.bookingId(), null, reason);
        commands.send(new RecordOccurrenceCancelled(view.seriesId(), occurrence.index()), reason);
        return now;
    }

    private Outcome refused(SeriesView view, Occurrence occurrence, ErrorCode code, String detail, String reason) {
        commands.send(new RecordOccurrenceChangeRefused(view.seriesId(), occurrence.index(), code, detail), reason);
        return new Outcome(occurrence.index(), occurrence.start(), null, code, detail);
    }

    /** The booking is where the change takes it: the change was applied before it could be recorded. */
    private static boolean alreadyMoved(BookingState current, SeriesView view, PendingChange change) {
        TimeSlot slot = current.placement().slot();
        return current.status() == BookingStatus.CONFIRMED
                && slot.start().equals(new RequestedTime.Local(change.target()).resolveIn(view.zone()))
                && (change.therapistId() == null
                        || change.therapistId().equals(current.placement().therapistId()))
                && (change.duration() == null || change.duration().equals(slot.duration()));
    }
}

package com.migrainecare.booking.careplan;

import com.migrainecare.booking.booking.BookingService;
import com.migrainecare.booking.booking.BookingState;
import com.migrainecare.booking.booking.MoveRequest;
import com.migrainecare.booking.booking.RequestedTime;
import com.migrainecare.booking.careplan.SeriesView.Occurrence;
import com.migrainecare.booking.careplan.SeriesView.Status;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.careplan.SeriesCommand.RecordOccurrenceCancelled;
import com.migrainecare.kernel.careplan.SeriesCommand.RecordOccurrenceMoved;
import com.migrainecare.kernel.ids.SeriesId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.platform.axon.Commands;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Moves or cancels occurrences of a series: this one, this one and the following, or all that have not started.
 * A moved occurrence keeps the series' minimum gap (48 hours) from the client's other sessions, like a booked one.
 * Each occurrence goes through {@link BookingService} as a command of its own; one that is refused is reported
 * with its code and the others go ahead.
 */
@Service
public class SeriesChanges {

    /** Which occurrences a change applies to. */
    public enum Scope {
        THIS,
        THIS_AND_FOLLOWING,
        ALL
    }

    /** What became of one occurrence: the booking as it now stands, or the code it was refused with. */
    public record Outcome(int index, Instant previousStart, BookingState booking, ErrorCode code, String detail) {}

    private final SeriesService series;
    private final BookingService bookings;
    private final Commands commands;
    private final CadenceProperties table;
    private final Clock clock;

    public SeriesChanges(
            SeriesService series, BookingService bookings, Commands commands, CadenceProperties table, Clock clock) {
        this.series = series;
        this.bookings = bookings;
        this.commands = commands;
        this.table = table;
        this.clock = clock;
    }

    /**
     * Moves the occurrence starting at {@code occurrenceStart} to {@code start}; the following ones (or all) move
     * by the same wall-clock shift, so they keep their local time across DST changes.
     */
    public List<Outcome> reschedule(
            SeriesId id,
            Scope scope,
            RequestedTime occurrenceStart,
            RequestedTime start,
            TherapistId therapistId,
            Duration duration,
            String reason) {
        SeriesView view = series.view(id);
        List<Occurrence> chosen = select(view, scope, occurrenceStart);
        Occurrence anchor = occurrenceStart == null ? chosen.get(0) : find(view, occurrenceStart);
        Duration shift = Duration.between(anchor.localStart(), start.wallClockIn(view.zone()));
        // moving later, the last goes first, so that no occurrence lands on one that has not moved yet
        Comparator<Occurrence> order = Comparator.comparing(Occurrence::index);
        List<Outcome> outcomes = new ArrayList<>();
        for (Occurrence occurrence : chosen.stream()
                .sorted(shift.isNegative() ? order : order.reversed())
                .toList()) {
            LocalDateTime target = occurrence.localStart().plus(shift);
            outcomes.add(attempt(occurrence, () -> {
                BookingState moved = bookings.reschedule(
                        occurrence.bookingId(),
                        new MoveRequest(new RequestedTime.Local(target), therapistId, null, null, duration),
                        null,
                        table.minimumGap(),
                        reason);
                commands.send(
                        new RecordOccurrenceMoved(
                                id,
                                occurrence.index(),
                                target,
                                moved.placement().slot().start()),
                        reason);
                return moved;
            }));
        }
        outcomes.sort(Comparator.comparing(Outcome::index));
        return outcomes;
    }

    public List<Outcome> cancel(SeriesId id, Scope scope, RequestedTime occurrenceStart, String reason) {
        SeriesView view = series.view(id);
        List<Outcome> outcomes = new ArrayList<>();
        for (Occurrence occurrence : select(view, scope, occurrenceStart)) {
            outcomes.add(attempt(occurrence, () -> {
                BookingState cancelled = bookings.cancel(occurrence.bookingId(), null, reason);
                commands.send(new RecordOccurrenceCancelled(id, occurrence.index()), reason);
                return cancelled;
            }));
        }
        return outcomes;
    }

    private List<Occurrence> select(SeriesView view, Scope scope, RequestedTime occurrenceStart) {
        if (scope == null) {
            throw new IllegalArgumentException("scope is one of THIS, THIS_AND_FOLLOWING, ALL");
        }
        if (scope == Scope.ALL && occurrenceStart == null) {
            Instant now = clock.instant();
            List<Occurrence> open = booked(view).stream()
                    .filter(occurrence -> occurrence.start().isAfter(now))
                    .toList();
            if (open.isEmpty()) {
                throw new RuleViolation(ErrorCode.OCCURRENCE_NOT_FOUND, "the series has no booked session to come");
            }
            return open;
        }
        if (occurrenceStart == null) {
            throw new IllegalArgumentException("occurrenceStart names the occurrence for scope " + scope);
        }
        Occurrence anchor = find(view, occurrenceStart);
        return switch (scope) {
            case THIS -> List.of(anchor);
            case THIS_AND_FOLLOWING ->
                booked(view).stream()
                        .filter(occurrence -> occurrence.index() >= anchor.index())
                        .toList();
            case ALL ->
                booked(view).stream()
                        .filter(occurrence -> occurrence.start().isAfter(clock.instant()))
                        .toList();
        };
    }

    private static Occurrence find(SeriesView view, RequestedTime occurrenceStart) {
        Instant wanted = occurrenceStart.resolveIn(view.zone());
        return booked(view).stream()
                .filter(occurrence -> occurrence.start().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new RuleViolation(
                        ErrorCode.OCCURRENCE_NOT_FOUND, "no booked occurrence of the series starts at " + wanted));
    }

    private static List<Occurrence> booked(SeriesView view) {
        return view.occurrences().stream()
                .filter(occurrence -> occurrence.status() == Status.BOOKED)
                .toList();
    }

    private static Outcome attempt(Occurrence occurrence, java.util.function.Supplier<BookingState> change) {
        try {
            return new Outcome(occurrence.index(), occurrence.start(), change.get(), null, null);
        } catch (RuleViolation refused) {
            return new Outcome(occurrence.index(), occurrence.start(), null, refused.code(), refused.getMessage());
        } catch (IllegalArgumentException invalid) {
            ErrorCode code = invalid instanceof com.migrainecare.kernel.time.WallClock.NonexistentLocalTimeException
                    ? ErrorCode.NONEXISTENT_LOCAL_TIME
                    : ErrorCode.INVALID_REQUEST;
            return new Outcome(occurrence.index(), occurrence.start(), null, code, invalid.getMessage());
        }
    }
}

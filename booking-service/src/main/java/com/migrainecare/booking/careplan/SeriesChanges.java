package com.migrainecare.booking.careplan;

import com.migrainecare.booking.booking.BookingState;
import com.migrainecare.booking.careplan.SeriesView.Occurrence;
import com.migrainecare.booking.careplan.SeriesView.Status;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.careplan.OccurrenceChange;
import com.migrainecare.kernel.careplan.SeriesCommand.PlanOccurrenceChanges;
import com.migrainecare.kernel.ids.SeriesId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.RequestedTime;
import com.migrainecare.platform.axon.Commands;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Moves or cancels occurrences of a series: this one, this one and the following, or all that have not started.
 * A moved occurrence keeps the series' minimum gap (48 hours) from the client's other sessions, like a booked one.
 * The change is recorded on the series first (which occurrences, to what), then applied to each occurrence's
 * booking as a command of its own (see {@link PendingChanges}); one that is refused is reported with its code and
 * the others go ahead. A change cut off half-way is finished by the series' completion check.
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
    private final PendingChanges pending;
    private final Commands commands;
    private final Clock clock;

    public SeriesChanges(SeriesService series, PendingChanges pending, Commands commands, Clock clock) {
        this.series = series;
        this.pending = pending;
        this.commands = commands;
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
        List<OccurrenceChange> changes = chosen.stream()
                .map(occurrence -> new OccurrenceChange(
                        occurrence.index(), occurrence.localStart().plus(shift)))
                .toList();
        return plannedAndApplied(
                new PlanOccurrenceChanges(id, OccurrenceChange.Kind.MOVE, changes, therapistId, duration),
                chosen,
                reason);
    }

    public List<Outcome> cancel(SeriesId id, Scope scope, RequestedTime occurrenceStart, String reason) {
        SeriesView view = series.view(id);
        List<Occurrence> chosen = select(view, scope, occurrenceStart);
        List<OccurrenceChange> changes = chosen.stream()
                .map(occurrence -> new OccurrenceChange(occurrence.index(), null))
                .toList();
        return plannedAndApplied(
                new PlanOccurrenceChanges(id, OccurrenceChange.Kind.CANCEL, changes, null, null), chosen, reason);
    }

    /**
     * Records the change, then applies it; the outcomes are this request's occurrences' (an earlier change cut off
     * half-way is finished along).
     */
    private List<Outcome> plannedAndApplied(PlanOccurrenceChanges change, List<Occurrence> chosen, String reason) {
        if (chosen.isEmpty()) {
            return List.of();
        }
        commands.send(change, reason);
        List<Outcome> outcomes = pending.apply(change.seriesId(), reason);
        Set<Integer> asked = chosen.stream().map(Occurrence::index).collect(Collectors.toSet());
        return outcomes.stream()
                .filter(outcome -> asked.contains(outcome.index()))
                .toList();
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
}

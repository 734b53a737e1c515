package com.migrainecare.booking.careplan;

import com.migrainecare.booking.booking.BookingState;
import com.migrainecare.booking.careplan.SeriesView.Status;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.careplan.Alternative;
import com.migrainecare.kernel.careplan.Cadence;
import com.migrainecare.kernel.careplan.CarePlanCommand.DeclareStressPeriod;
import com.migrainecare.kernel.careplan.CarePlanCommand.RecordProposals;
import com.migrainecare.kernel.careplan.CarePlanEvent.CarePlanAccepted;
import com.migrainecare.kernel.careplan.CarePlanEvent.StressPeriodDeclared;
import com.migrainecare.kernel.careplan.DateWindow;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.CarePlanId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.platform.axon.Commands;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * High-stress periods: the plan steps its cadence up one level for the period, and the extra sessions that the
 * higher cadence asks for are proposed as tentative bookings that hold their time until the client accepts them
 * or the hold runs out. A proposal keeps the minimum gap from the client's other sessions, and is a free time the
 * availability search found.
 */
@Service
public class StressPeriods {

    private final Commands commands;
    private final SeriesService series;
    private final SeriesAlternatives alternatives;
    private final ExtraSessionHolds holds;
    private final CadenceProperties table;
    private final Clock clock;

    public StressPeriods(
            Commands commands,
            SeriesService series,
            SeriesAlternatives alternatives,
            ExtraSessionHolds holds,
            CadenceProperties table,
            Clock clock) {
        this.commands = commands;
        this.series = series;
        this.alternatives = alternatives;
        this.holds = holds;
        this.table = table;
        this.clock = clock;
    }

    /**
     * An extra session the higher cadence asks for, on {@code planned}: the tentative booking that holds a free
     * time for it, or none when no free time could be held.
     */
    public record Proposal(LocalDateTime planned, BookingState hold) {}

    /** The period as recorded, what it changes in words, and the proposed extra sessions. */
    public record Declared(StressPeriodDeclared period, List<String> rationale, List<Proposal> proposals) {}

    public Declared declare(ClientId client, DateWindow window, String note, String reason) {
        CarePlanView plan = commands.send(
                new DeclareStressPeriod(CarePlanId.of(client), window, note), reason, ErrorCode.CARE_PLAN_NOT_FOUND);
        return proposeFor(plan, plan.stressPeriods().get(plan.stressPeriods().size() - 1), reason);
    }

    /** The rationale and the extra sessions of a step-up that {@code plan} has just recorded. */
    Declared proposeFor(CarePlanView plan, StressPeriodDeclared period, String reason) {
        DateWindow window = period.window();
        List<String> rationale = new ArrayList<>();
        if (period.cause() == StressPeriodDeclared.Cause.FREQUENT_ATTACKS) {
            rationale.add(period.note());
        }
        rationale.add((period.cause() == StressPeriodDeclared.Cause.DECLARED ? "high-stress period " : "from ")
                + window.from() + " to " + window.to() + ": "
                + period.base().describe()
                + (period.during().equals(period.base())
                        ? " is already the most (" + Cadence.MOST_PER_WEEK + " sessions a week), so no step up"
                        : " steps up to " + period.during().describe()));
        List<DateWindow> covered = window.minus(period.uncovered());
        if (!covered.isEmpty()) {
            rationale.add(covered.stream().map(w -> w.from() + " to " + w.to()).toList()
                    + " already stepped up by an earlier period: no second step");
        }
        List<Proposal> proposals = period.during().equals(period.base())
                ? List.of()
                : propose(plan.accepted(), period, series.view(plan.accepted().seriesId()), reason);
        List<BookingId> held = proposals.stream()
                .filter(p -> p.hold() != null)
                .map(p -> p.hold().bookingId())
                .toList();
        if (!held.isEmpty()) {
            // the plan keeps its proposals, to release those still pending when it ends
            commands.send(new RecordProposals(plan.carePlanId(), held), reason, ErrorCode.CARE_PLAN_NOT_FOUND);
        }
        rationale.add(proposals.size() + " extra sessions proposed, at least "
                + table.minimumGap().toHours() + " hours from any other; " + held.size()
                + " held for the client to accept");
        return new Declared(period, rationale, proposals);
    }

    private List<Proposal> propose(
            CarePlanAccepted accepted, StressPeriodDeclared period, SeriesView view, String reason) {
        ZoneId zone = view.zone();
        LocalDate firstDay = accepted.firstStart().toLocalDate();
        List<Instant> taken = new ArrayList<>();
        Map<Long, Integer> perWeek = new HashMap<>();
        view.occurrences().stream().filter(o -> o.status() == Status.BOOKED).forEach(o -> {
            taken.add(o.start());
            perWeek.merge(weekOf(firstDay, o.localStart()), 1, Integer::sum);
        });
        Integer quota = period.during().sessionsPerWeek();
        Instant now = clock.instant();
        List<Proposal> proposals = new ArrayList<>();
        for (LocalDateTime candidate : candidates(accepted, period)) {
            long week = weekOf(firstDay, candidate);
            Instant wanted = ZonedDateTime.of(candidate, zone).toInstant();
            if ((quota != null && perWeek.getOrDefault(week, 0) >= quota)
                    || !wanted.isAfter(now)
                    || !SeriesAlternatives.keepsGap(wanted, taken, table.minimumGap())) {
                continue;
            }
            List<Alternative> offers = alternatives.around(new SeriesAlternatives.Wanted(
                    wanted,
                    view.duration(),
                    view.technique(),
                    view.therapistId(),
                    view.locationId(),
                    taken,
                    table.minimumGap()));
            BookingState hold = holds.holdFirst(view, offers, reason).orElse(null);
            taken.add(hold == null ? wanted : hold.placement().slot().start());
            perWeek.merge(week, 1, Integer::sum);
            proposals.add(new Proposal(candidate, hold));
        }
        return proposals;
    }

    /**
     * Where the higher cadence may put sessions, at the plan's time of day, in the days no earlier period stepped
     * up: any day for sessions a week (each week of the plan filled up to its count, the earliest days first,
     * each 48 hours from the others); the plan's own rhythm for sessions every so many weeks.
     */
    private static List<LocalDateTime> candidates(CarePlanAccepted accepted, StressPeriodDeclared period) {
        Cadence during = period.during();
        LocalDateTime first = accepted.firstStart();
        List<LocalDateTime> all = new ArrayList<>();
        for (DateWindow window : period.uncovered()) {
            if (during.sessionsPerWeek() != null) {
                for (LocalDate day = window.from(); !day.isAfter(window.to()); day = day.plusDays(1)) {
                    all.add(day.atTime(first.toLocalTime()));
                }
                continue;
            }
            for (LocalDateTime next = first;
                    !next.toLocalDate().isAfter(window.to());
                    next = next.plusWeeks(during.intervalWeeks())) {
                if (window.contains(next.toLocalDate())) {
                    all.add(next);
                }
            }
        }
        return all;
    }

    /** The plan's weeks run from the weekday of its first session. */
    private static long weekOf(LocalDate firstDay, LocalDateTime time) {
        return Math.floorDiv(ChronoUnit.DAYS.between(firstDay, time.toLocalDate()), 7);
    }
}

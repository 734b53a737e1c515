package com.migrainecare.booking.careplan;

import com.migrainecare.kernel.careplan.Cadence;
import com.migrainecare.kernel.careplan.CarePlanEvent.CarePlanAccepted;
import com.migrainecare.kernel.careplan.Phase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * When an accepted plan's sessions are due, as wall-clock times at its location: the starting phase's series,
 * then the maintenance cadence from the end of the starting phase on, at the same weekday and time, without end.
 */
final class PlanSchedule {

    private PlanSchedule() {}

    /** The first session due strictly after {@code after}. */
    static LocalDateTime nextDueAfter(CarePlanAccepted accepted, Cadence maintenance, LocalDateTime after) {
        Phase starting = accepted.phase();
        for (LocalDateTime due : startingSeries(accepted)) {
            if (due.isAfter(after)) {
                return due;
            }
        }
        LocalDateTime maintenanceFrom = accepted.firstStart().plusWeeks(starting.weeks());
        return maintenance.intervalWeeks() != null
                ? everyWeeksAfter(maintenanceFrom, maintenance.intervalWeeks(), after)
                : onWeekdaysAfter(maintenanceFrom, maintenance.sessionsPerWeek(), after);
    }

    /** The starting phase's sessions; weekdays that do not fit the cadence fall back to the spread ones. */
    private static List<LocalDateTime> startingSeries(CarePlanAccepted accepted) {
        Phase starting = accepted.phase();
        if (starting.sessions() == null) {
            return List.of();
        }
        try {
            return Recurrence.occurrences(
                    accepted.firstStart(), starting.cadence(), accepted.weekdays(), starting.sessions(), null);
        } catch (IllegalArgumentException unfit) {
            return Recurrence.occurrences(
                    accepted.firstStart(), starting.cadence(), Set.of(), starting.sessions(), null);
        }
    }

    private static LocalDateTime everyWeeksAfter(LocalDateTime from, int weeks, LocalDateTime after) {
        if (from.isAfter(after)) {
            return from;
        }
        long periods = ChronoUnit.WEEKS.between(from.toLocalDate(), after.toLocalDate()) / weeks;
        LocalDateTime due = from.plusWeeks(periods * weeks);
        while (!due.isAfter(after)) {
            due = due.plusWeeks(weeks);
        }
        return due;
    }

    private static LocalDateTime onWeekdaysAfter(LocalDateTime from, int sessions, LocalDateTime after) {
        var days = Recurrence.weekdaysFor(from.getDayOfWeek(), sessions, Set.of());
        LocalDate day = after.isBefore(from) ? from.toLocalDate() : after.toLocalDate();
        while (!days.contains(day.getDayOfWeek())
                || !day.atTime(from.toLocalTime()).isAfter(after)) {
            day = day.plusDays(1);
        }
        return day.atTime(from.toLocalTime());
    }
}

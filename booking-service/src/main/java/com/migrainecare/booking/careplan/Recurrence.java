package com.migrainecare.booking.careplan;

import com.migrainecare.kernel.careplan.Cadence;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The occurrences of a series as wall-clock times at the location: every N weeks, or on 1 to 3 weekdays a week,
 * for a count or until a date. Computed on the local calendar, so each keeps its time of day across DST changes;
 * turning them into instants (and finding those in a DST gap) is the booking's job.
 */
final class Recurrence {

    private Recurrence() {}

    /**
     * @param weekdays the days of a multi-session week; empty to spread them from the first start (Mon/Thu,
     *     Mon/Wed/Fri)
     * @param count how many occurrences, or null with {@code until}
     * @param until the last date an occurrence may fall on (inclusive), or null with {@code count}
     */
    static List<LocalDateTime> occurrences(
            LocalDateTime first, Cadence cadence, Set<DayOfWeek> weekdays, Integer count, LocalDate until) {
        if ((count == null) == (until == null)) {
            throw new IllegalArgumentException("a series has either a count or an until date");
        }
        if (count != null && (count < 1 || count > Series.MOST_OCCURRENCES)) {
            throw new IllegalArgumentException("count must be between 1 and " + Series.MOST_OCCURRENCES);
        }
        if (until != null && until.isBefore(first.toLocalDate())) {
            throw new IllegalArgumentException("until must not be before the first start");
        }
        List<LocalDateTime> all = cadence.sessionsPerWeek() == null || cadence.sessionsPerWeek() == 1
                ? everyWeeks(first, cadence.intervalWeeks() == null ? 1 : cadence.intervalWeeks(), count, until)
                : onWeekdays(
                        first, weekdaysFor(first.getDayOfWeek(), cadence.sessionsPerWeek(), weekdays), count, until);
        if (all.size() > Series.MOST_OCCURRENCES) {
            throw new IllegalArgumentException("a series has at most " + Series.MOST_OCCURRENCES + " occurrences");
        }
        return all;
    }

    /**
     * The weekdays of a week with {@code sessions} sessions: the ones given, or spread from {@code first} so that
     * any two are at least two days apart, also across the turn of the week.
     */
    static Set<DayOfWeek> weekdaysFor(DayOfWeek first, int sessions, Set<DayOfWeek> given) {
        Set<DayOfWeek> days = given == null || given.isEmpty() ? spread(first, sessions) : EnumSet.copyOf(given);
        if (days.size() != sessions) {
            throw new IllegalArgumentException(sessions + " sessions a week need " + sessions + " weekdays");
        }
        List<Integer> numbers = days.stream().map(DayOfWeek::getValue).sorted().toList();
        for (int i = 0; i < numbers.size(); i++) {
            int next = i + 1 < numbers.size() ? numbers.get(i + 1) : numbers.get(0) + 7;
            if (next - numbers.get(i) < 2) {
                throw new IllegalArgumentException("weekdays " + days + " put two sessions less than 48 hours apart");
            }
        }
        return days;
    }

    private static Set<DayOfWeek> spread(DayOfWeek first, int sessions) {
        return switch (sessions) {
            case 1 -> EnumSet.of(first);
            case 2 -> EnumSet.of(first, first.plus(3));
            default -> EnumSet.of(first, first.plus(2), first.plus(4));
        };
    }

    private static List<LocalDateTime> everyWeeks(LocalDateTime first, int weeks, Integer count, LocalDate until) {
        List<LocalDateTime> all = new ArrayList<>();
        for (LocalDateTime next = first; within(all, next, count, until); next = next.plusWeeks(weeks)) {
            all.add(next);
        }
        return all;
    }

    private static List<LocalDateTime> onWeekdays(
            LocalDateTime first, Set<DayOfWeek> days, Integer count, LocalDate until) {
        List<LocalDateTime> all = new ArrayList<>();
        LocalTime time = first.toLocalTime();
        for (LocalDate date = first.toLocalDate();
                within(all, date.atTime(time), count, until);
                date = date.plusDays(1)) {
            if (days.contains(date.getDayOfWeek())) {
                all.add(date.atTime(time));
            }
        }
        return all;
    }

    /** Whether {@code next} may still be added; stops one past the longest series so that it can be refused. */
    private static boolean within(List<LocalDateTime> all, LocalDateTime next, Integer count, LocalDate until) {
        if (all.size() > Series.MOST_OCCURRENCES) {
            return false;
        }
        return count != null ? all.size() < count : !next.toLocalDate().isAfter(until);
    }
}

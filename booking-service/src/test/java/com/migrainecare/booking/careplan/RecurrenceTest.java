package com.migrainecare.booking.careplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.migrainecare.kernel.careplan.Cadence;
import com.migrainecare.kernel.time.WallClock;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Occurrences keep their wall-clock time across DST changes both ways (DOMAIN.md rule 4); the transitions are
 * found from a fixed clock, never written as dates.
 */
class RecurrenceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void weeklyOccurrencesKeepTheirLocalTimeWhenTheClocksGoForward() {
        assertKeepsLocalTimeAcross(nextTransition(true));
    }

    @Test
    void weeklyOccurrencesKeepTheirLocalTimeWhenTheClocksGoBack() {
        assertKeepsLocalTimeAcross(nextTransition(false));
    }

    @Test
    void aLocalTimeInTheGapIsFoundWhenResolving() {
        ZoneOffsetTransition spring = nextTransition(true);
        LocalDateTime inGap = spring.getDateTimeBefore().plusMinutes(30);
        List<LocalDateTime> all = Recurrence.occurrences(inGap.minusWeeks(1), Cadence.everyWeeks(1), Set.of(), 3, null);
        assertThat(all).contains(inGap);
        assertThatThrownBy(() -> WallClock.resolve(inGap, BERLIN))
                .isInstanceOf(WallClock.NonexistentLocalTimeException.class);
    }

    @Test
    void twoAWeekSpreadsToMondayAndThursday() {
        LocalDateTime monday = nextMonday().atTime(10, 0);
        assertThat(Recurrence.occurrences(monday, Cadence.perWeek(2), Set.of(), 4, null))
                .containsExactly(monday, monday.plusDays(3), monday.plusDays(7), monday.plusDays(10));
    }

    @Test
    void threeAWeekSpreadsToMondayWednesdayFriday() {
        LocalDateTime monday = nextMonday().atTime(10, 0);
        assertThat(Recurrence.occurrences(monday, Cadence.perWeek(3), Set.of(), 4, null))
                .containsExactly(monday, monday.plusDays(2), monday.plusDays(4), monday.plusDays(7));
    }

    @Test
    void weekdaysLessThanTwoDaysApartBreakThe48HourRule() {
        assertThatThrownBy(
                        () -> Recurrence.weekdaysFor(DayOfWeek.MONDAY, 2, Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY)))
                .hasMessageContaining("48 hours");
        // Sunday and Monday are next to each other across the turn of the week
        assertThat(Recurrence.weekdaysFor(
                        DayOfWeek.WEDNESDAY, 3, Set.of(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY)))
                .hasSize(3);
        assertThatThrownBy(() -> Recurrence.weekdaysFor(
                        DayOfWeek.MONDAY, 3, Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SUNDAY)))
                .hasMessageContaining("48 hours");
    }

    @Test
    void untilIsInclusiveAndEveryTwoWeeksSkipsAWeek() {
        LocalDateTime first = nextMonday().atTime(9, 0);
        assertThat(Recurrence.occurrences(
                        first,
                        Cadence.everyWeeks(2),
                        Set.of(),
                        null,
                        first.toLocalDate().plusWeeks(4)))
                .containsExactly(first, first.plusWeeks(2), first.plusWeeks(4));
    }

    @Test
    void aSeriesHasACountOrAnUntilAndAtMost52Occurrences() {
        LocalDateTime first = nextMonday().atTime(9, 0);
        assertThatThrownBy(() -> Recurrence.occurrences(first, Cadence.everyWeeks(1), Set.of(), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Recurrence.occurrences(
                        first,
                        Cadence.perWeek(3),
                        Set.of(),
                        null,
                        first.toLocalDate().plusYears(1)))
                .hasMessageContaining("at most 52");
    }

    private static void assertKeepsLocalTimeAcross(ZoneOffsetTransition transition) {
        LocalDateTime first =
                transition.getDateTimeBefore().toLocalDate().minusWeeks(1).atTime(10, 0);
        List<LocalDateTime> all = Recurrence.occurrences(first, Cadence.everyWeeks(1), Set.of(), 3, null);
        assertThat(all).extracting(LocalDateTime::toLocalTime).containsOnly(LocalTime.of(10, 0));
        List<Instant> instants =
                all.stream().map(local -> WallClock.resolve(local, BERLIN)).toList();
        // the week that contains the change is an hour shorter or longer on the instant line
        Duration across = Duration.between(instants.get(0), instants.get(1));
        Duration expected = Duration.ofDays(7).minus(transition.getDuration());
        assertThat(across).isEqualTo(expected);
        assertThat(Duration.between(instants.get(1), instants.get(2))).isEqualTo(Duration.ofDays(7));
    }

    /** The next spring-forward (gap) or fall-back (overlap) transition in Berlin after the fixed clock. */
    private static ZoneOffsetTransition nextTransition(boolean gap) {
        Instant from = CLOCK.instant();
        ZoneOffsetTransition next = BERLIN.getRules().nextTransition(from);
        while (next.isGap() != gap) {
            next = BERLIN.getRules().nextTransition(next.getInstant());
        }
        return next;
    }

    private static LocalDate nextMonday() {
        return LocalDate.now(CLOCK).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }
}

package com.migrainecare.booking.careplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrainecare.kernel.careplan.Cadence;
import com.migrainecare.kernel.careplan.DateWindow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ladder of DOMAIN.md, and the days a stress period steps up when others overlap it. */
class CadenceLadderTest {

    private static final LocalDate TODAY =
            LocalDate.now(Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC));

    @Test
    void eachLevelStepsUpOnceAndThreeAWeekIsTheTop() {
        assertThat(Cadence.everyWeeks(4).steppedUp()).isEqualTo(Cadence.everyWeeks(2));
        assertThat(Cadence.everyWeeks(2).steppedUp()).isEqualTo(Cadence.everyWeeks(1));
        assertThat(Cadence.everyWeeks(1).steppedUp()).isEqualTo(Cadence.perWeek(2));
        assertThat(Cadence.perWeek(2).steppedUp()).isEqualTo(Cadence.perWeek(3));
        assertThat(Cadence.perWeek(3).steppedUp()).isEqualTo(Cadence.perWeek(3));
    }

    @Test
    void overlappingDaysAreLeftOut() {
        DateWindow period = new DateWindow(TODAY, TODAY.plusDays(20));
        List<DateWindow> earlier = List.of(new DateWindow(TODAY.plusDays(5), TODAY.plusDays(9)));
        assertThat(period.minus(earlier))
                .containsExactly(
                        new DateWindow(TODAY, TODAY.plusDays(4)),
                        new DateWindow(TODAY.plusDays(10), TODAY.plusDays(20)));
        assertThat(period.minus(List.of(new DateWindow(TODAY.minusDays(3), TODAY.plusDays(30)))))
                .isEmpty();
        assertThat(period.minus(List.of())).containsExactly(period);
    }
}

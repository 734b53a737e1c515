package com.migrainecare.notification.reminder;

import static com.migrainecare.notification.reminder.RuleFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.migrainecare.notification.contact.ClientContact;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quiet hours and clock changes in Europe/Berlin and America/Chicago, on a fixed clock. */
class QuietHoursAndClockChangeTest {

    private final ReminderRules rules = RuleFixtures.rules();

    @Test
    void quietHoursMoveAReminderToTheEveningBefore() {
        Instant start = localAt(BERLIN, 7, LocalTime.of(9, 0));

        Reminder twoHours =
                rules.beforeSession(session(start, BERLIN), contact(BERLIN)).get(1);

        ZonedDateTime due = twoHours.dueAt().atZone(BERLIN);
        assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(20, 59));
        assertThat(due.toLocalDate())
                .isEqualTo(start.atZone(BERLIN).toLocalDate().minusDays(1));
        assertThat(twoHours.plannedFor()).isEqualTo(start.minus(Duration.ofHours(2)));
    }

    @Test
    void leadTimesCountRealHoursAcrossTheSpringClockChangeInBerlin() {
        ZoneOffsetTransition spring = nextTransition(BERLIN, true);
        LocalDate sunday = spring.getDateTimeAfter().toLocalDate();
        Instant mondayTen = ZonedDateTime.of(sunday.plusDays(1), LocalTime.of(10, 0), BERLIN)
                .toInstant();

        Reminder fortyEight =
                rules.beforeSession(session(mondayTen, BERLIN), contact(BERLIN)).get(0);

        ZonedDateTime due = fortyEight.dueAt().atZone(BERLIN);
        assertThat(due.toLocalDate()).isEqualTo(sunday.minusDays(1));
        assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void leadTimesCountRealHoursAcrossTheAutumnClockChangeInChicago() {
        ZoneOffsetTransition autumn = nextTransition(CHICAGO, false);
        LocalDate sunday = autumn.getDateTimeAfter().toLocalDate();
        Instant mondayTen = ZonedDateTime.of(sunday.plusDays(1), LocalTime.of(10, 0), CHICAGO)
                .toInstant();

        Reminder fortyEight = rules.beforeSession(session(mondayTen, CHICAGO), contact(CHICAGO))
                .get(0);

        ZonedDateTime due = fortyEight.dueAt().atZone(CHICAGO);
        assertThat(due.toLocalDate()).isEqualTo(sunday.minusDays(1));
        assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(11, 0));
    }

    @Test
    void quietHoursOnTheNightOfTheClockChangeInChicagoStillEndBeforeTheWindow() {
        ZoneOffsetTransition autumn = nextTransition(CHICAGO, false);
        LocalDate sunday = autumn.getDateTimeAfter().toLocalDate();
        Instant sundayNine =
                ZonedDateTime.of(sunday, LocalTime.of(9, 0), CHICAGO).toInstant();

        Reminder twoHours = rules.beforeSession(session(sundayNine, CHICAGO), contact(CHICAGO))
                .get(1);

        ZonedDateTime due = twoHours.dueAt().atZone(CHICAGO);
        assertThat(due.toLocalDate()).isEqualTo(sunday.minusDays(1));
        assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(20, 59));
        assertThat(Duration.between(twoHours.dueAt(), sundayNine))
                .isEqualTo(Duration.ofHours(13).plusMinutes(1));
    }

    @Test
    void quietHoursAreTheClientsEvenForASessionInAnotherZone() {
        Instant berlinTen = localAt(BERLIN, 7, LocalTime.of(10, 0));

        Reminder twoHours = rules.beforeSession(session(berlinTen, BERLIN), contact(CHICAGO))
                .get(1);

        ZonedDateTime wanted = berlinTen.minus(Duration.ofHours(2)).atZone(CHICAGO);
        ZonedDateTime due = twoHours.dueAt().atZone(CHICAGO);
        assertThat(wanted.toLocalTime()).isBefore(LocalTime.of(8, 0));
        assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(20, 59));
        assertThat(due.toLocalDate()).isEqualTo(wanted.toLocalDate().minusDays(1));
    }

    @Test
    void quietHoursNeedNotSpanMidnight() {
        ClientContact napper = contact(BERLIN, "13:00", "15:00", List.of("PT2H"));
        Instant start = localAt(BERLIN, 7, LocalTime.of(16, 0));

        Reminder reminder = rules.beforeSession(session(start, BERLIN), napper).get(0);

        assertThat(reminder.dueAt().atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(12, 59));
    }
}

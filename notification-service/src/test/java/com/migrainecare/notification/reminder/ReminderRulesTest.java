package com.migrainecare.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrainecare.kernel.client.ReminderPreferences.Channel;
import com.migrainecare.notification.contact.ClientContact;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The planning rules on a fixed clock; every date is computed from that clock. */
class ReminderRulesTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    /** Noon UTC of the day the suite runs, fixed for the whole test. */
    static final Clock CLOCK =
            Clock.fixed(Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(12)), ZoneOffset.UTC);

    private final ReminderRules rules = new ReminderRules(ReminderPolicy.defaults(), CLOCK);

    @Test
    void remindsFortyEightAndTwoHoursBeforeByDefault() {
        Instant start = localAt(BERLIN, 7, LocalTime.of(10, 0));

        List<Reminder> reminders = rules.beforeSession(session(start, BERLIN), contact(BERLIN));

        assertThat(reminders).extracting(Reminder::leadTime).containsExactly("PT48H", "PT2H");
        assertThat(reminders)
                .extracting(Reminder::dueAt)
                .containsExactly(start.minus(Duration.ofHours(48)), start.minus(Duration.ofHours(2)));
        assertThat(reminders).allSatisfy(reminder -> {
            assertThat(reminder.status()).isEqualTo(ReminderStatus.SCHEDULED);
            assertThat(reminder.channel()).isEqualTo(Channel.EMAIL);
            assertThat(reminder.idempotencyKey())
                    .startsWith("booking-1:PRE_SESSION-")
                    .endsWith(":v0");
        });
    }

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

    @Test
    void aClientsOwnLeadTimesReplaceTheDefaults() {
        ClientContact contact = contact(BERLIN, "21:00", "08:00", List.of("PT1H", "PT24H"));
        Instant start = localAt(BERLIN, 7, LocalTime.of(15, 0));

        List<Reminder> reminders = rules.beforeSession(session(start, BERLIN), contact);

        assertThat(reminders).extracting(Reminder::leadTime).containsExactly("PT24H", "PT1H");
        assertThat(reminders)
                .extracting(Reminder::dueAt)
                .containsExactly(start.minus(Duration.ofHours(24)), start.minus(Duration.ofHours(1)));
    }

    @Test
    void aReminderPlannedTooLateGoesOutAtOnceWhileTheSessionIsAhead() {
        Instant start = CLOCK.instant().plus(Duration.ofHours(30));

        List<Reminder> reminders = rules.beforeSession(session(start, ZoneOffset.UTC), contact(ZoneOffset.UTC));

        assertThat(reminders.get(0).dueAt()).isEqualTo(CLOCK.instant());
        assertThat(reminders.get(0).plannedFor()).isEqualTo(start.minus(Duration.ofHours(48)));
        assertThat(reminders.get(0).status()).isEqualTo(ReminderStatus.SCHEDULED);
        assertThat(reminders.get(1).dueAt()).isEqualTo(start.minus(Duration.ofHours(2)));
    }

    @Test
    void ofSeveralLateRemindersOnlyTheNearestToTheSessionGoesOut() {
        Instant start = CLOCK.instant().plus(Duration.ofHours(1));

        List<Reminder> reminders = rules.beforeSession(session(start, ZoneOffset.UTC), contact(ZoneOffset.UTC));

        assertThat(reminders.get(0).status()).isEqualTo(ReminderStatus.SKIPPED);
        assertThat(reminders.get(0).reason()).isEqualTo(ReminderRules.SUPERSEDED);
        assertThat(reminders.get(1).status()).isEqualTo(ReminderStatus.SCHEDULED);
        assertThat(reminders.get(1).dueAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void noReminderIsPlannedForASessionThatHasBegun() {
        Instant start = CLOCK.instant().minus(Duration.ofMinutes(10));

        List<Reminder> reminders = rules.beforeSession(session(start, BERLIN), contact(BERLIN));

        assertThat(reminders).allSatisfy(reminder -> {
            assertThat(reminder.status()).isEqualTo(ReminderStatus.SKIPPED);
            assertThat(reminder.reason()).isEqualTo(ReminderRules.SESSION_BEGUN);
        });
    }

    @Test
    void aChannelWithoutAddressIsSkippedAndTheOtherPlanned() {
        ClientContact emailOnly = new ClientContact(
                "client-1",
                "ada@example.org",
                null,
                "Europe/Berlin",
                "en",
                Set.of(Channel.EMAIL, Channel.SMS),
                "21:00",
                "08:00",
                List.of("PT2H"));

        List<Reminder> reminders =
                rules.beforeSession(session(localAt(BERLIN, 7, LocalTime.of(12, 0)), BERLIN), emailOnly);

        assertThat(reminders).extracting(Reminder::channel).containsExactly(Channel.EMAIL, Channel.SMS);
        assertThat(reminders.get(0).status()).isEqualTo(ReminderStatus.SCHEDULED);
        assertThat(reminders.get(1).status()).isEqualTo(ReminderStatus.SKIPPED);
        assertThat(reminders.get(1).reason()).isEqualTo(ReminderRules.NO_ADDRESS);
        assertThat(reminders.get(0).id()).isNotEqualTo(reminders.get(1).id());
        assertThat(reminders.get(0).idempotencyKey()).isEqualTo(reminders.get(1).idempotencyKey());
    }

    @Test
    void theFollowUpGoesOutTwoHoursAfterTheSessionWasCompleted() {
        Instant end = localAt(BERLIN, 7, LocalTime.of(15, 0));
        ReminderRules atCompletion = rulesAt(end.plusSeconds(300));

        Reminder followUp = atCompletion
                .afterSession(endingAt(end), end.plusSeconds(300), contact(BERLIN))
                .get(0);

        assertThat(followUp.kind()).isEqualTo(ReminderKind.FOLLOW_UP);
        assertThat(followUp.dueAt()).isEqualTo(end.plusSeconds(300).plus(Duration.ofHours(2)));
        assertThat(followUp.idempotencyKey()).isEqualTo("booking-1:FOLLOW_UP:v0");
    }

    @Test
    void aFollowUpInQuietHoursComesEarlierButNotBeforeTheSessionWasCompleted() {
        Instant end = localAt(BERLIN, 7, LocalTime.of(21, 30));
        Instant completed = end.plusSeconds(300);

        Reminder followUp = rulesAt(completed)
                .afterSession(endingAt(end), completed, contact(BERLIN))
                .get(0);

        assertThat(followUp.dueAt()).isEqualTo(completed);
        assertThat(followUp.status()).isEqualTo(ReminderStatus.SCHEDULED);
    }

    @Test
    void aFollowUpLongAfterTheSessionIsSkipped() {
        Instant end = localAt(BERLIN, 7, LocalTime.of(15, 0));

        Reminder followUp = rulesAt(end.plus(Duration.ofHours(25)))
                .afterSession(endingAt(end), end, contact(BERLIN))
                .get(0);

        assertThat(followUp.status()).isEqualTo(ReminderStatus.SKIPPED);
        assertThat(followUp.reason()).isEqualTo(ReminderRules.TOO_LATE);
    }

    private static ReminderRules rulesAt(Instant now) {
        return new ReminderRules(ReminderPolicy.defaults(), Clock.fixed(now, ZoneOffset.UTC));
    }

    /** {@code time} on the day {@code days} after the clock's day, in {@code zone}. */
    static Instant localAt(ZoneId zone, int days, LocalTime time) {
        LocalDate day = CLOCK.instant().atZone(zone).toLocalDate().plusDays(days);
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    /** The first clock change after a week from now that moves clocks forward ({@code spring}) or back. */
    static ZoneOffsetTransition nextTransition(ZoneId zone, boolean spring) {
        Instant from = CLOCK.instant().plus(Duration.ofDays(7));
        ZoneOffsetTransition transition = zone.getRules().nextTransition(from);
        while (transition.isGap() != spring) {
            transition = zone.getRules().nextTransition(transition.getInstant());
        }
        return transition;
    }

    static SessionFacts session(Instant start, ZoneId zone) {
        return new SessionFacts("booking-1", "client-1", start, start.plus(Duration.ofHours(1)), zone, 0);
    }

    private static SessionFacts endingAt(Instant end) {
        return new SessionFacts("booking-1", "client-1", end.minus(Duration.ofHours(1)), end, BERLIN, 0);
    }

    static ClientContact contact(ZoneId zone) {
        return contact(zone, "21:00", "08:00", List.of("PT48H", "PT2H"));
    }

    static ClientContact contact(ZoneId zone, String quietFrom, String quietUntil, List<String> leads) {
        return new ClientContact(
                "client-1",
                "ada@example.org",
                "+4930123456",
                zone.getId(),
                "en",
                Set.of(Channel.EMAIL),
                quietFrom,
                quietUntil,
                leads);
    }
}

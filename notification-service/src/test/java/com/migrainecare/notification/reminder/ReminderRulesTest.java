package com.migrainecare.notification.reminder;

import static com.migrainecare.notification.reminder.RuleFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.migrainecare.kernel.client.ReminderPreferences.Channel;
import com.migrainecare.notification.contact.ClientContact;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pre-session rules on a fixed clock: lead times, late planning, channels. */
class ReminderRulesTest {

    private final ReminderRules rules = RuleFixtures.rules();

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
                List.of("PT2H"),
                0L);

        List<Reminder> reminders =
                rules.beforeSession(session(localAt(BERLIN, 7, LocalTime.of(12, 0)), BERLIN), emailOnly);

        assertThat(reminders).extracting(Reminder::channel).containsExactly(Channel.EMAIL, Channel.SMS);
        assertThat(reminders.get(0).status()).isEqualTo(ReminderStatus.SCHEDULED);
        assertThat(reminders.get(1).status()).isEqualTo(ReminderStatus.SKIPPED);
        assertThat(reminders.get(1).reason()).isEqualTo(ReminderRules.NO_ADDRESS);
        assertThat(reminders.get(0).id()).isNotEqualTo(reminders.get(1).id());
        assertThat(reminders.get(0).idempotencyKey()).isEqualTo(reminders.get(1).idempotencyKey());
    }
}

package com.migrainecare.notification.reminder;

import static com.migrainecare.notification.reminder.RuleFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The follow-up after a completed session, on clocks set at or after its completion. */
class FollowUpRulesTest {

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
}

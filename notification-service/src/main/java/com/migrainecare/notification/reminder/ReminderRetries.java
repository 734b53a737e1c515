package com.migrainecare.notification.reminder;

import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What happens when a channel refuses a reminder: the error is kept on the reminder, the next try waits twice
 * as long as the last (see {@link ReminderPolicy#backoffAfter}), and after {@code maxAttempts} tries the
 * reminder is FAILED and its timer removed.
 */
@Component
class ReminderRetries {

    private static final Logger log = LoggerFactory.getLogger(ReminderRetries.class);

    private final Reminders reminders;
    private final ReminderSchedule schedule;
    private final ReminderPolicy policy;
    private final ReminderMetrics metrics;

    ReminderRetries(Reminders reminders, ReminderSchedule schedule, ReminderPolicy policy, ReminderMetrics metrics) {
        this.reminders = reminders;
        this.schedule = schedule;
        this.policy = policy;
        this.metrics = metrics;
    }

    /** {@code reminder}, taken under {@code claim}, was refused at {@code now}. */
    void refused(Reminder reminder, String claim, RuntimeException error, Instant now) {
        int attempts = reminder.attempts() + 1;
        boolean last = attempts >= policy.maxAttempts();
        String why = describe(error);
        log.debug("Reminder {} refused (try {}): {}", reminder.id(), attempts, why);
        if (!reminders.recordFailure(reminder.id(), attempts, why, last)) {
            return;
        }
        if (last) {
            schedule.done(claim, List.of(reminder.id()));
            metrics.failed(reminder);
        } else {
            schedule.release(claim, reminder.id(), now.plus(policy.backoffAfter(attempts)));
        }
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null ? error.getClass().getSimpleName() : message;
    }
}

package com.migrainecare.notification.reminder;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How due reminders are sent: {@code threads} dispatchers per instance, each claiming up to {@code batchSize}
 * due reminders at a time and looking again every {@code pollingInterval} when nothing was due (at once when its
 * last batch was full). A claim is a lease of {@code lease}: a dispatcher hands nothing over in the second half
 * of its lease, and an instance that stopped leaves its claimed reminders to another once the lease has ended.
 */
@ConfigurationProperties("clinic.reminders.dispatch")
public record ReminderDispatchProperties(Integer threads, Integer batchSize, Duration pollingInterval, Duration lease) {

    public ReminderDispatchProperties {
        threads = threads == null ? 2 : threads;
        batchSize = batchSize == null ? 200 : batchSize;
        // a reminder due between two looks waits for the next one: 100 ms of lateness at most, for ten indexed
        // queries a second per dispatcher while nothing is due
        pollingInterval = pollingInterval == null ? Duration.ofMillis(100) : pollingInterval;
        lease = lease == null ? Duration.ofMinutes(5) : lease;
        if (threads < 0 || batchSize < 1 || batchSize > 1_000 || pollingInterval.isNegative() || lease.isNegative()) {
            throw new IllegalArgumentException("clinic.reminders.dispatch: threads >= 0, batch-size 1-1000,"
                    + " polling-interval and lease not negative");
        }
    }

    public static ReminderDispatchProperties defaults() {
        return new ReminderDispatchProperties(null, null, null, null);
    }
}

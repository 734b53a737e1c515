package com.migrainecare.notification.reminder;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The chain-wide reminder settings: how long after a session the follow-up goes out and how late it may still
 * go, how often a refused message is retried (exponential back-off from {@code retryBackoff}, capped at
 * {@code maxRetryBackoff}) before it is FAILED, and the headache-diary link ({@code {clientId}} is filled in).
 */
@ConfigurationProperties("clinic.reminders")
public record ReminderPolicy(
        Duration followUpDelay,
        Duration followUpLatest,
        Integer maxAttempts,
        Duration retryBackoff,
        Duration maxRetryBackoff,
        String headacheLogUrl) {

    public ReminderPolicy {
        followUpDelay = followUpDelay == null ? Duration.ofHours(2) : followUpDelay;
        followUpLatest = followUpLatest == null ? Duration.ofHours(24) : followUpLatest;
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        retryBackoff = retryBackoff == null ? Duration.ofSeconds(30) : retryBackoff;
        maxRetryBackoff = maxRetryBackoff == null ? Duration.ofHours(1) : maxRetryBackoff;
        headacheLogUrl =
                headacheLogUrl == null ? "http://localhost:8080/clients/{clientId}/headache-log" : headacheLogUrl;
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("clinic.reminders.max-attempts must be at least 1");
        }
    }

    public static ReminderPolicy defaults() {
        return new ReminderPolicy(null, null, null, null, null, null);
    }

    /** The wait before try {@code failures + 1}: the back-off doubled per failure so far, capped. */
    Duration backoffAfter(int failures) {
        Duration wait = retryBackoff.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
        return wait.compareTo(maxRetryBackoff) > 0 ? maxRetryBackoff : wait;
    }
}

package com.migrainecare.notification.reminder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * {@code reminders.scheduled}, {@code .sent}, {@code .failed}, {@code .skipped}, {@code .withdrawn} (tagged by
 * kind and channel) and {@code reminders.lateness}: from the time a reminder was due to its hand-over.
 */
@Component
class ReminderMetrics {

    private final MeterRegistry registry;

    ReminderMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void planned(Reminder reminder) {
        count(reminder.status() == ReminderStatus.SCHEDULED ? "reminders.scheduled" : "reminders.skipped", reminder);
    }

    void withdrawn(Reminder reminder) {
        count("reminders.withdrawn", reminder);
    }

    void skipped(Reminder reminder) {
        count("reminders.skipped", reminder);
    }

    void failed(Reminder reminder) {
        count("reminders.failed", reminder);
    }

    void sent(Reminder reminder, Duration lateness) {
        count("reminders.sent", reminder);
        Timer.builder("reminders.lateness")
                .description("from when a reminder was due to when it was handed to its channel")
                .tag("channel", reminder.channel().name())
                .publishPercentileHistogram()
                .register(registry)
                .record(lateness.isNegative() ? Duration.ZERO : lateness);
    }

    private void count(String name, Reminder reminder) {
        Counter.builder(name)
                .tag("kind", reminder.kind().name())
                .tag("channel", reminder.channel().name())
                .register(registry)
                .increment();
    }
}

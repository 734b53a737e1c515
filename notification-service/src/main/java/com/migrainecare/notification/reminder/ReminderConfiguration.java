package com.migrainecare.notification.reminder;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rules on the service's clock, and what is left of the reminders' earlier timers. */
@Configuration(proxyBeanMethods = false)
class ReminderConfiguration {

    /** The db-scheduler task that earlier versions set per reminder ({@code V200_10} moves those it finds). */
    static final String LEGACY_TASK = "reminder-delivery";

    /**
     * A {@code reminder-delivery} task that an instance of an earlier version sets while this one runs (a rolling
     * upgrade) hands its reminder to the timers of {@link ReminderSchedule}, due at once.
     */
    @Bean
    Task<String> legacyReminderDeliveryTask(ReminderSchedule schedule, Clock clock) {
        return Tasks.oneTime(LEGACY_TASK, String.class)
                .execute((instance, context) -> schedule.scheduleAt(instance.getData(), clock.instant()));
    }

    @Bean
    MessageRules messageRules(Clock clock) {
        return new MessageRules(clock);
    }

    @Bean
    ReminderRules reminderRules(ReminderPolicy policy, Clock clock) {
        return new ReminderRules(policy, clock);
    }
}

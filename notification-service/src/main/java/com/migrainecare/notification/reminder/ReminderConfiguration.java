package com.migrainecare.notification.reminder;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reminder task, which the platform's scheduler picks up with every other {@link Task} bean, and the rules
 * on the service's clock.
 */
@Configuration(proxyBeanMethods = false)
class ReminderConfiguration {

    @Bean
    Task<String> reminderDeliveryTask(ReminderDispatcher dispatcher, ReminderRetries retries) {
        return Tasks.oneTime(ReminderSchedule.TASK, String.class)
                .onFailure(retries)
                .execute((instance, context) -> dispatcher.dispatch(instance.getData()));
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

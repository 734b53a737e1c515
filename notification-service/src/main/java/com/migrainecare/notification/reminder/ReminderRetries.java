package com.migrainecare.notification.reminder;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import org.springframework.stereotype.Component;

/**
 * What happens when a channel refuses a reminder: the error is kept on the reminder, the next try waits twice
 * as long as the last (see {@link ReminderPolicy#backoffAfter}), and after {@code maxAttempts} tries the
 * reminder is FAILED and its timer removed.
 */
@Component
class ReminderRetries implements FailureHandler<String> {

    private final Reminders reminders;
    private final ReminderPolicy policy;
    private final ReminderMetrics metrics;

    ReminderRetries(Reminders reminders, ReminderPolicy policy, ReminderMetrics metrics) {
        this.reminders = reminders;
        this.policy = policy;
        this.metrics = metrics;
    }

    @Override
    public void onFailure(ExecutionComplete complete, ExecutionOperations<String> operations) {
        String reminderId = complete.getExecution().taskInstance.getId();
        int attempts = complete.getExecution().consecutiveFailures + 1;
        String error = complete.getCause().map(ReminderRetries::describe).orElse("unknown error");
        boolean last = attempts >= policy.maxAttempts();
        reminders.recordFailure(reminderId, attempts, error, last);
        if (last) {
            reminders.find(reminderId).ifPresent(metrics::failed);
            operations.stop();
        } else {
            operations.reschedule(complete, complete.getTimeDone().plus(policy.backoffAfter(attempts)));
        }
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null ? error.getClass().getSimpleName() : message;
    }
}

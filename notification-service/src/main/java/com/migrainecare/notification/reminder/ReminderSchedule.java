package com.migrainecare.notification.reminder;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The durable timers of the reminders: one db-scheduler task instance per reminder, named by the reminder id, in
 * the event store's database. Scheduled from an event handler it joins the processor's transaction, so the
 * timer exists exactly when the token says the event was handled.
 */
@Component
class ReminderSchedule {

    static final String TASK = "reminder-delivery";

    private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

    private final SchedulerClient scheduler;

    ReminderSchedule(SchedulerClient scheduler) {
        this.scheduler = scheduler;
    }

    /** Sets the timer of a SCHEDULED reminder; a timer that already exists is left as it is. */
    void schedule(Reminder reminder) {
        scheduler.scheduleIfNotExists(new TaskInstance<>(TASK, reminder.id(), reminder.id()), reminder.dueAt());
    }

    /**
     * Removes the timer of a withdrawn reminder. One that is running right now cannot be removed; it finds the
     * reminder no longer SCHEDULED and sends nothing.
     */
    void cancel(String reminderId) {
        TaskInstanceId id = TaskInstanceId.of(TASK, reminderId);
        try {
            if (scheduler.getScheduledExecution(id).isPresent()) {
                scheduler.cancel(id);
            }
        } catch (RuntimeException running) {
            log.debug("Reminder {}: timer not cancelled ({})", reminderId, running.getMessage());
        }
    }
}

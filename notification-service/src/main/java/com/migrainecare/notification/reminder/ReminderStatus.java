package com.migrainecare.notification.reminder;

/**
 * SCHEDULED until a dispatcher has sent it (SENT), withdrawn because the session changed or went away
 * (WITHDRAWN), given up because the channel kept refusing it (FAILED; after a refusal before the last try it is
 * SCHEDULED again), or never worth sending (SKIPPED, with a reason: the session had begun, no address). SENDING
 * is no longer written (whether a withdrawal still wins is decided on the reminder's timer,
 * {@link ReminderSchedule}); a reminder left SENDING by an earlier version is sent as if SCHEDULED.
 */
public enum ReminderStatus {
    SCHEDULED,
    SENDING,
    SENT,
    WITHDRAWN,
    FAILED,
    SKIPPED
}

package com.migrainecare.notification.reminder;

/**
 * SCHEDULED until it is sent (SENT), the session changed or went away (WITHDRAWN), the channel kept refusing it
 * (FAILED), or it was never worth sending (SKIPPED, with a reason: the session had begun, no address).
 */
public enum ReminderStatus {
    SCHEDULED,
    SENT,
    WITHDRAWN,
    FAILED,
    SKIPPED
}

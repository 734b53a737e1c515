package com.migrainecare.notification.reminder;

/**
 * SCHEDULED until a dispatcher takes it (SENDING: from then on a withdrawal no longer wins, the dispatcher decides),
 * then sent (SENT), withdrawn because the session changed or went away (WITHDRAWN), given up because the channel
 * kept refusing it (FAILED; after a refusal before the last try it is SCHEDULED again), or never worth sending
 * (SKIPPED, with a reason: the session had begun, no address).
 */
public enum ReminderStatus {
    SCHEDULED,
    SENDING,
    SENT,
    WITHDRAWN,
    FAILED,
    SKIPPED
}

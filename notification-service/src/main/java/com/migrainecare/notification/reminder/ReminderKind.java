package com.migrainecare.notification.reminder;

/**
 * Before the session (one per lead time), the follow-up after it, a care plan's nudge to book the next session,
 * or a waitlist offer of a freed slot.
 */
public enum ReminderKind {
    PRE_SESSION,
    FOLLOW_UP,
    CADENCE_NUDGE,
    WAITLIST_OFFER
}

package com.migrainecare.notification.reminder;

/** Before the session (one per lead time), or the follow-up after it. */
public enum ReminderKind {
    PRE_SESSION,
    FOLLOW_UP
}

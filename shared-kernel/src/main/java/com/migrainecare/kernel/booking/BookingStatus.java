package com.migrainecare.kernel.booking;

/**
 * Where a session stands. {@code TENTATIVE} holds its time until the client confirms it ({@code CONFIRMED}),
 * declines it ({@code DECLINED}) or lets the hold run out ({@code EXPIRED}). Only the first two are open: a
 * tentative session gets no reminders.
 */
public enum BookingStatus {
    CONFIRMED,
    CHECKED_IN,
    COMPLETED,
    CANCELLED,
    LATE_CANCELLED,
    NO_SHOW,
    TENTATIVE,
    DECLINED,
    EXPIRED;

    public boolean isOpen() {
        return this == CONFIRMED || this == CHECKED_IN;
    }
}

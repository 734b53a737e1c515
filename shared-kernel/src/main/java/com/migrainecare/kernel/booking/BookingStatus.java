package com.migrainecare.kernel.booking;

/** Where a session stands; the last four are final. */
public enum BookingStatus {
    CONFIRMED,
    CHECKED_IN,
    COMPLETED,
    CANCELLED,
    LATE_CANCELLED,
    NO_SHOW;

    public boolean isOpen() {
        return this == CONFIRMED || this == CHECKED_IN;
    }
}

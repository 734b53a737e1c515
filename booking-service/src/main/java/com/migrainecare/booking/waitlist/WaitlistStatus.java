package com.migrainecare.booking.waitlist;

/** Where a waitlist entry stands: waiting, holding an offer, booked (accepted), or off the list. */
public enum WaitlistStatus {
    WAITING,
    OFFERED,
    ACCEPTED,
    LEFT
}

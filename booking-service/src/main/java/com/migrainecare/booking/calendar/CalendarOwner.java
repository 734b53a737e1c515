package com.migrainecare.booking.calendar;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;

/** Whose sessions a feed shows: a therapist's or a client's. */
public record CalendarOwner(Kind kind, String id) {

    /** The two kinds of people who have a calendar of sessions. */
    public enum Kind {
        THERAPIST,
        CLIENT
    }

    public static CalendarOwner therapist(String id) {
        return new CalendarOwner(Kind.THERAPIST, id);
    }

    public static CalendarOwner client(String id) {
        return new CalendarOwner(Kind.CLIENT, id);
    }

    /** The answer for a calendar the caller may not see: the same as for one that does not exist. */
    RuleViolation notFound() {
        return kind == Kind.THERAPIST
                ? new RuleViolation(ErrorCode.THERAPIST_NOT_FOUND, "no such therapist: " + id)
                : new RuleViolation(ErrorCode.CLIENT_NOT_FOUND, "no such client: " + id);
    }
}

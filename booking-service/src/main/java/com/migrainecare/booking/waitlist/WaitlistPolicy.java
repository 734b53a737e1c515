package com.migrainecare.booking.waitlist;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.time.TimeSlot;
import com.migrainecare.kernel.waitlist.WaitlistCommand.JoinWaitlist;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** What a waitlist entry may ask for, and which freed slots fit it. */
final class WaitlistPolicy {

    /** A window longer than this is a standing wish, not a wait: the care plan's series is for that. */
    static final Duration LONGEST_WINDOW = Duration.ofDays(92);

    private WaitlistPolicy() {}

    /** A technique, at least one location, and a window that has not passed and is not longer than a quarter. */
    static void requireFor(JoinWaitlist command, Instant now) {
        if (command.technique() == null || command.clientId() == null || command.window() == null) {
            throw new RuleViolation(ErrorCode.INVALID_REQUEST, "a client, a technique and a window are required");
        }
        if (command.locationIds().isEmpty()) {
            throw new RuleViolation(ErrorCode.INVALID_REQUEST, "at least one location is required");
        }
        if (!command.window().end().isAfter(now)) {
            throw new RuleViolation(ErrorCode.INVALID_REQUEST, "the window has passed already");
        }
        if (command.window().duration().compareTo(LONGEST_WINDOW) > 0) {
            throw new RuleViolation(
                    ErrorCode.INVALID_REQUEST, "a window is at most " + LONGEST_WINDOW.toDays() + " days long");
        }
    }

    /** The slot is at one of the entry's locations, inside its window, and still ahead. */
    static void ensureSlotFits(
            Set<LocationId> locations, TimeSlot window, LocationId location, TimeSlot slot, Instant now) {
        if (!locations.contains(location) || !slot.within(window)) {
            throw new RuleViolation(
                    ErrorCode.SLOT_OUTSIDE_WAITLIST_WINDOW, "the slot is not at the entry's locations and window");
        }
        if (!slot.start().isAfter(now)) {
            throw new RuleViolation(ErrorCode.START_IN_PAST, "a slot that has begun is not offered");
        }
    }
}

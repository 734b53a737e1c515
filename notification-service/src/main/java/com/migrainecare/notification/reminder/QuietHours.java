package com.migrainecare.notification.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A daily window {@code [from, until)} of local time in which nobody wants messages; it may span midnight
 * (21:00-08:00). A moment inside it moves to the last minute before the window began, never later: a reminder
 * must arrive before what it reminds of.
 */
record QuietHours(LocalTime from, LocalTime until) {

    static final java.time.Duration MARGIN = java.time.Duration.ofMinutes(1);

    boolean contains(LocalTime time) {
        if (from.equals(until)) {
            return false;
        }
        return spansMidnight()
                ? !time.isBefore(from) || time.isBefore(until)
                : !time.isBefore(from) && time.isBefore(until);
    }

    /** {@code moment} itself when outside the window, else the last minute before the window that holds it. */
    Instant latestOutside(Instant moment, ZoneId zone) {
        ZonedDateTime local = moment.atZone(zone);
        if (!contains(local.toLocalTime())) {
            return moment;
        }
        LocalDate windowStart = spansMidnight() && local.toLocalTime().isBefore(until)
                ? local.toLocalDate().minusDays(1)
                : local.toLocalDate();
        return ZonedDateTime.of(windowStart, from, zone).toInstant().minus(MARGIN);
    }

    /** {@code moment} itself when outside the window, else the end of the window that holds it. */
    Instant earliestOutside(Instant moment, ZoneId zone) {
        ZonedDateTime local = moment.atZone(zone);
        if (!contains(local.toLocalTime())) {
            return moment;
        }
        LocalDate windowEnd = spansMidnight() && !local.toLocalTime().isBefore(from)
                ? local.toLocalDate().plusDays(1)
                : local.toLocalDate();
        return ZonedDateTime.of(windowEnd, until, zone).toInstant();
    }

    private boolean spansMidnight() {
        return from.isAfter(until);
    }
}

package com.migrainecare.kernel.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Turns a wall-clock time at a location into an instant. A time inside a spring-forward gap does not exist
 * and is rejected; a time inside a fall-back overlap takes the earlier offset (a caller who
 * means the later one sends an offset date-time, which needs no resolving).
 */
public final class WallClock {

    private WallClock() {}

    /** A wall-clock time read in {@code zone}; in a fall-back overlap the earlier offset wins. */
    public static Instant resolve(LocalDateTime local, ZoneId zone) {
        List<ZoneOffset> valid = zone.getRules().getValidOffsets(local);
        if (valid.isEmpty()) {
            throw new NonexistentLocalTimeException(local, zone);
        }
        // getValidOffsets lists the earlier offset (the summer one, before the clocks go back) first
        return ZonedDateTime.ofStrict(local, valid.get(0), zone).toInstant();
    }

    /** The same wall-clock time {@code days} calendar days earlier, in {@code zone}. */
    public static Instant daysBefore(Instant instant, int days, ZoneId zone) {
        return instant.atZone(zone).minusDays(days).toInstant();
    }

    /** A local time in a DST gap: the clocks skip it, so nobody can be booked then. */
    public static final class NonexistentLocalTimeException extends IllegalArgumentException {
        public NonexistentLocalTimeException(LocalDateTime local, ZoneId zone) {
            super(local + " does not exist in " + zone + " (the clocks skip it)");
        }
    }
}

package com.migrainecare.kernel.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A start time as a caller gave it: an offset date-time is an instant already; a local date-time is read in
 * the location's zone (a DST gap is refused, an overlap takes the earlier offset).
 */
public sealed interface RequestedTime {

    Instant resolveIn(ZoneId zone);

    /** The wall-clock time at the location: a local time as given, an offset one as the location's clock shows it. */
    LocalDateTime wallClockIn(ZoneId zone);

    static RequestedTime parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a start time is required");
        }
        try {
            return new Exact(OffsetDateTime.parse(text).toInstant());
        } catch (java.time.format.DateTimeParseException notOffset) {
            try {
                return new Local(LocalDateTime.parse(text));
            } catch (java.time.format.DateTimeParseException notLocal) {
                throw new IllegalArgumentException(
                        "'" + text + "' is neither an offset date-time (2026-12-01T10:00:00+01:00) nor a local one"
                                + " (2026-12-01T10:00)");
            }
        }
    }

    /** An instant, given with its offset. */
    record Exact(Instant instant) implements RequestedTime {
        @Override
        public Instant resolveIn(ZoneId zone) {
            return instant;
        }

        @Override
        public LocalDateTime wallClockIn(ZoneId zone) {
            return instant.atZone(zone).toLocalDateTime();
        }
    }

    /** A wall-clock time at the location. */
    record Local(LocalDateTime local) implements RequestedTime {
        @Override
        public Instant resolveIn(ZoneId zone) {
            return WallClock.resolve(local, zone);
        }

        @Override
        public LocalDateTime wallClockIn(ZoneId zone) {
            return local;
        }
    }
}

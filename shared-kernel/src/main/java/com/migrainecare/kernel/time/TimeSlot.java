package com.migrainecare.kernel.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open interval {@code [start, end)} of instants; back-to-back slots do not overlap. */
public record TimeSlot(Instant start, Instant end) {

    public TimeSlot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a time slot must end after it starts: " + start + " / " + end);
        }
    }

    public static TimeSlot of(Instant start, Duration duration) {
        return new TimeSlot(start, start.plus(duration));
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public boolean overlaps(TimeSlot other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** True when this slot lies entirely inside {@code other}. */
    public boolean within(TimeSlot other) {
        return !start.isBefore(other.start) && !end.isAfter(other.end);
    }

    /** This slot widened by {@code margin} on both sides, used for travel buffers. */
    public TimeSlot widenedBy(Duration margin) {
        return new TimeSlot(start.minus(margin), end.plus(margin));
    }

    public boolean endsBefore(Instant instant) {
        return !end.isAfter(instant);
    }
}

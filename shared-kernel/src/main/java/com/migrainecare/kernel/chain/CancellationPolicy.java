package com.migrainecare.kernel.chain;

import com.migrainecare.kernel.time.WallClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A location's late-cancellation rule: cancelling is free until {@code freeCancellationNotice} before the
 * session. Whole days count on the location's calendar, so "24 h" means the same wall-clock time the day
 * before, also across a DST change.
 */
public record CancellationPolicy(Duration freeCancellationNotice) {

    public static final CancellationPolicy STANDARD = new CancellationPolicy(Duration.ofHours(24));

    public CancellationPolicy {
        Objects.requireNonNull(freeCancellationNotice, "freeCancellationNotice");
        if (freeCancellationNotice.isNegative()) {
            throw new IllegalArgumentException("the cancellation notice cannot be negative");
        }
    }

    public Instant freeCancellationDeadline(Instant sessionStart, ZoneId zone) {
        long days = freeCancellationNotice.toDays();
        Duration rest = freeCancellationNotice.minusDays(days);
        return WallClock.daysBefore(sessionStart, (int) days, zone).minus(rest);
    }

    public boolean isLate(Instant cancelledAt, Instant sessionStart, ZoneId zone) {
        return cancelledAt.isAfter(freeCancellationDeadline(sessionStart, zone));
    }
}

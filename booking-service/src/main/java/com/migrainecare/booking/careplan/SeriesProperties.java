package com.migrainecare.booking.careplan;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a series finishes what a cut-off request left ({@code clinic.series}): {@code completionAfter} after it is
 * scheduled or changed, a durable check books the occurrences still planned and applies the changes still
 * pending; a check that finds work left is repeated, each time twice as late, at most {@code completionChecks}
 * times.
 */
@ConfigurationProperties("clinic.series")
public record SeriesProperties(Duration completionAfter, Integer completionChecks) {

    public SeriesProperties {
        completionAfter = completionAfter == null ? Duration.ofMinutes(5) : completionAfter;
        completionChecks = completionChecks == null ? 5 : completionChecks;
        if (completionAfter.isNegative() || completionAfter.isZero() || completionChecks < 1) {
            throw new IllegalArgumentException("clinic.series: completion-after is positive, completion-checks >= 1");
        }
    }

    static SeriesProperties defaults() {
        return new SeriesProperties(null, null);
    }

    /** When check {@code attempt} (from 1) runs, counted from the one before it. */
    Duration delayBefore(int attempt) {
        return completionAfter.multipliedBy(1L << Math.min(attempt - 1, 10));
    }
}

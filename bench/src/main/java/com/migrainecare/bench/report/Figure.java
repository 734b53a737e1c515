package com.migrainecare.bench.report;

import com.migrainecare.bench.core.Stats;

/**
 * One measured figure: what it is, how many events the store held, the rate of successful operations and their
 * latency percentiles, failures, and the CPU (in cores) of this JVM and of every other process meanwhile.
 */
public record Figure(
        String label,
        long eventsInStore,
        double perSecond,
        double p50Millis,
        double p95Millis,
        double p99Millis,
        int ok,
        int failed,
        double seconds,
        double ownCores,
        double otherCores,
        String note) {

    public static Figure of(String label, long events, Stats stats, String note) {
        return new Figure(
                label,
                events,
                stats.perSecond(),
                stats.percentileMillis(50),
                stats.percentileMillis(95),
                stats.percentileMillis(99),
                stats.ok(),
                stats.failed(),
                stats.seconds(),
                stats.ownCores(),
                stats.otherCores(),
                note);
    }
}

package com.migrainecare.bench.core;

import java.util.Arrays;
import java.util.List;

/**
 * What one measurement produced: how many operations succeeded and failed, the wall time of the whole run,
 * each successful operation's latency, and the CPU (in cores) this JVM and all other processes used meanwhile.
 */
public record Stats(
        int ok,
        int failed,
        long elapsedNanos,
        long[] latenciesNanos,
        List<String> firstFailures,
        double ownCores,
        double otherCores) {

    public Stats {
        latenciesNanos = latenciesNanos.clone();
        Arrays.sort(latenciesNanos);
        firstFailures = List.copyOf(firstFailures);
    }

    public double seconds() {
        return elapsedNanos / 1e9;
    }

    /** Successful operations per second of wall time. */
    public double perSecond() {
        return elapsedNanos == 0 ? 0 : ok / seconds();
    }

    public double percentileMillis(double percentile) {
        if (latenciesNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * latenciesNanos.length) - 1;
        return latenciesNanos[Math.max(0, Math.min(rank, latenciesNanos.length - 1))] / 1e6;
    }

    public double meanMillis() {
        return latenciesNanos.length == 0
                ? Double.NaN
                : Arrays.stream(latenciesNanos).average().orElse(0) / 1e6;
    }

    public double maxMillis() {
        return latenciesNanos.length == 0 ? Double.NaN : latenciesNanos[latenciesNanos.length - 1] / 1e6;
    }
}

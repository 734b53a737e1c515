package com.migrainecare.bench;

import com.migrainecare.bench.core.Arguments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The sizes of one run. Each option is an argument ({@code --levels=0,50000}) or a system property
 * ({@code -Dbench.levels=0,50000}); arguments win. {@code --quick} lowers every default.
 *
 * @param levels events in the event store at which booking is measured, in increasing order (0 = as seeded)
 * @param realPreloadEvents up to this many events the store is grown through {@code BookingService.book}; the
 *     rest is inserted in bulk
 * @param realPreloadBudget the longest the preload books through {@code BookingService.book} per level
 * @param bulkCatchUp whether the processors read the bulk-inserted events (otherwise their tokens move to head)
 * @param measure bookings per single-thread measurement
 * @param measureThreaded bookings per multi-thread measurement
 * @param threads threads of the concurrent measurements
 * @param limit the longest a single measurement runs
 * @param warmup bookings made (not measured) before the first measurement
 * @param ceilingOps operations per ceiling measurement (raw insert, one-event command)
 * @param searches availability searches per level
 * @param gets requests per trivial-GET measurement
 * @param lagSeconds length of the paced-load lag measurement
 * @param lagRate bookings per second of that load
 * @param httpBookings bookings of the sequential HTTP measurement (the 8-thread burst books twice as many)
 * @param httpSearches availability searches over HTTP
 * @param clientsPerSite clients per location
 * @param out the folder of results.json and results.md
 * @param commit the commit measured, for the results
 * @param keepData whether to keep the temporary data directory
 */
record BenchOptions(
        List<Long> levels,
        long realPreloadEvents,
        Duration realPreloadBudget,
        boolean bulkCatchUp,
        int measure,
        int measureThreaded,
        int threads,
        Duration limit,
        int warmup,
        int ceilingOps,
        int searches,
        int gets,
        int lagSeconds,
        int lagRate,
        int httpBookings,
        int httpSearches,
        int clientsPerSite,
        boolean quick,
        Path out,
        String commit,
        boolean keepData) {

    static BenchOptions parse(String[] args) {
        Arguments given = Arguments.parse(args);
        boolean quick = given.flag("quick", false);
        BenchOptions options = new BenchOptions(
                levels(given.value("levels", quick ? "0,50000" : "0,50000,200000,1000000")),
                given.longValue("real-preload-events", quick ? 10_000 : 50_000),
                Duration.ofMinutes(given.longValue("real-preload-minutes", quick ? 1 : 6)),
                "catch-up".equals(given.value("bulk", "head")),
                given.intValue("measure", quick ? 300 : 1_000),
                given.intValue("measure-threaded", quick ? 600 : 2_000),
                given.intValue("threads", 8),
                Duration.ofSeconds(given.intValue("limit-seconds", quick ? 6 : 30)),
                given.intValue("warmup", quick ? 200 : 600),
                given.intValue("ceiling-ops", quick ? 1_000 : 3_000),
                given.intValue("searches", quick ? 60 : 300),
                given.intValue("gets", quick ? 200 : 1_000),
                given.intValue("lag-seconds", quick ? 6 : 20),
                given.intValue("lag-rate", 100),
                given.intValue("http-bookings", quick ? 200 : 500),
                given.intValue("http-searches", quick ? 60 : 200),
                given.intValue("clients-per-site", 200),
                quick,
                Path.of(given.value("out", defaultOut())),
                given.value("commit", "unknown"),
                Boolean.parseBoolean(given.value("keep-data", "false")));
        options.validate();
        return options;
    }

    private void validate() {
        if (measure < 1 || measureThreaded < 1 || threads < 1 || ceilingOps < 1 || searches < 1 || gets < 1) {
            throw new IllegalArgumentException("sizes must be positive: " + this);
        }
        if (lagRate < 1 || lagSeconds < 1 || httpBookings < 1 || httpSearches < 1) {
            throw new IllegalArgumentException("sizes must be positive: " + this);
        }
        if (clientsPerSite <= 2 * BenchChain.SESSIONS_PER_SITE_AND_DAY) {
            throw new IllegalArgumentException(
                    "--clients-per-site must exceed " + 2 * BenchChain.SESSIONS_PER_SITE_AND_DAY);
        }
    }

    private static List<Long> levels(String text) {
        List<Long> levels = Arrays.stream(text.split(","))
                .map(String::trim)
                .map(s -> Long.parseLong(s.replace("_", "")))
                .sorted()
                .toList();
        if (levels.isEmpty() || levels.get(0) < 0) {
            throw new IllegalArgumentException("--levels needs event counts >= 0, not " + text);
        }
        return levels;
    }

    private static String defaultOut() {
        return Files.isDirectory(Path.of("bench")) ? "bench/target" : "target";
    }
}

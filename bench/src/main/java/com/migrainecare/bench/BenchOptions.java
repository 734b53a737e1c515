package com.migrainecare.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The sizes of one benchmark run. Each option can be given as an argument ({@code --preload=10000}) or as a
 * system property ({@code -Dbench.preload=10000}); arguments win. {@code --quick} lowers every default for a
 * smoke run.
 *
 * @param preload bookings made before the "grown store" measurements
 * @param measure bookings per throughput measurement (cache on)
 * @param threads threads of the concurrent booking and insert measurements
 * @param warmup bookings made (not measured) before the first measurement, to warm the JIT
 * @param searches availability searches per window size
 * @param reschedules reschedules measured
 * @param inserts raw inserts per insert measurement
 * @param finds raw "events of one aggregate" queries
 * @param noCacheMeasure bookings per measurement with the aggregate cache at one entry
 * @param noCache whether to run the two configurations with the aggregate cache at one entry
 * @param clientsPerSite clients per location (at least 161, so a client is never booked twice at once)
 * @param cacheSize the aggregate cache size of the main configuration
 * @param out where the Markdown results go
 */
record BenchOptions(
        int preload,
        int measure,
        int threads,
        int warmup,
        int searches,
        int reschedules,
        int inserts,
        int finds,
        int noCacheMeasure,
        boolean noCache,
        int clientsPerSite,
        int cacheSize,
        boolean quick,
        Path out) {

    static BenchOptions parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + arg + " (use --name=value)");
            }
            String body = arg.substring(2);
            int eq = body.indexOf('=');
            given.put(eq < 0 ? body : body.substring(0, eq), eq < 0 ? "true" : body.substring(eq + 1));
        }
        boolean quick = Boolean.parseBoolean(value(given, "quick", "false"));
        BenchOptions options = new BenchOptions(
                intValue(given, "preload", quick ? 1_000 : 10_000),
                intValue(given, "measure", quick ? 200 : 1_000),
                intValue(given, "threads", 4),
                intValue(given, "warmup", quick ? 50 : 300),
                intValue(given, "searches", quick ? 50 : 200),
                intValue(given, "reschedules", quick ? 50 : 300),
                intValue(given, "inserts", quick ? 2_000 : 20_000),
                intValue(given, "finds", quick ? 20 : 50),
                intValue(given, "nocache-measure", quick ? 50 : 200),
                Boolean.parseBoolean(value(given, "nocache", "true")),
                intValue(given, "clients-per-site", 200),
                intValue(given, "cache-size", 20_000),
                quick,
                Path.of(value(given, "out", defaultOut())));
        options.validate();
        return options;
    }

    private void validate() {
        if (preload < 0 || measure < 1 || threads < 1 || warmup < 0 || searches < 1 || inserts < 1 || finds < 1) {
            throw new IllegalArgumentException("sizes must be positive: " + this);
        }
        if (reschedules > measure) {
            throw new IllegalArgumentException("--reschedules cannot exceed --measure (it moves measured bookings)");
        }
        if (clientsPerSite <= 2 * BenchChain.SESSIONS_PER_SITE_AND_DAY) {
            throw new IllegalArgumentException(
                    "--clients-per-site must exceed " + 2 * BenchChain.SESSIONS_PER_SITE_AND_DAY);
        }
    }

    /** Upper bound of the plan indexes one store receives, to put moved sessions beyond all of them. */
    long plannedBookings() {
        return (long) warmup + 3L * measure + preload + noCacheMeasure + 1_000;
    }

    private static String defaultOut() {
        return Files.isDirectory(Path.of("bench")) ? "bench/target/results.md" : "target/results.md";
    }

    private static int intValue(Map<String, String> given, String name, int fallback) {
        String text = value(given, name, Integer.toString(fallback));
        try {
            return Integer.parseInt(text.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " needs a number, not " + text, e);
        }
    }

    private static String value(Map<String, String> given, String name, String fallback) {
        String argument = given.get(name);
        if (argument != null) {
            return argument;
        }
        return System.getProperty("bench." + name, fallback);
    }
}

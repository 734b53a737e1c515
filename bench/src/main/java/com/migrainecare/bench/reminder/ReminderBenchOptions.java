package com.migrainecare.bench.reminder;

import com.migrainecare.bench.core.Arguments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The sizes of one reminder run ({@code --name=value} or {@code -Dbench.name=value}).
 *
 * @param reminders reminders due in the measured minute
 * @param spread how the due times spread: {@code PT1M} evenly over the minute, {@code PT0S} all at its start
 * @param warmup reminders delivered at once (not measured) before the measured minute is seeded
 * @param heap the notification service's {@code -Xmx}
 * @param serviceArgs more Spring settings for the service ({@code --clinic.reminders.dispatch.threads=4}), space-separated
 * @param serviceJar the notification service's executable jar (default: the one in notification-service/target)
 * @param limit the longest the run waits for the last reminder after the minute began
 * @param name the name of this configuration, in the result files' names
 * @param out the folder of the result files
 * @param commit the commit measured
 * @param keepData whether to keep the temporary data directory
 */
record ReminderBenchOptions(
        int reminders,
        Duration spread,
        int warmup,
        String heap,
        List<String> serviceArgs,
        Optional<String> serviceJar,
        Duration limit,
        String name,
        Path out,
        String commit,
        boolean keepData) {

    static ReminderBenchOptions parse(String[] args) {
        Arguments given = Arguments.parse(args);
        boolean quick = given.flag("quick", false);
        String serviceArgs = given.value("service-args", "").trim();
        ReminderBenchOptions options = new ReminderBenchOptions(
                given.intValue("reminders", quick ? 10_000 : 100_000),
                Duration.parse(given.value("spread", "PT1M")),
                given.intValue("warmup", quick ? 1_000 : 3_000),
                given.value("heap", "512m"),
                serviceArgs.isEmpty() ? List.of() : Arrays.asList(serviceArgs.split("\\s+")),
                Optional.ofNullable(given.value("service-jar", null)),
                Duration.ofSeconds(given.longValue("limit-seconds", 900)),
                given.value("name", "default"),
                Path.of(given.value("out", Files.isDirectory(Path.of("bench")) ? "bench/target" : "target")),
                given.value("commit", "unknown"),
                given.flag("keep-data", false));
        if (options.reminders < 1 || options.warmup < 0 || options.spread.isNegative()) {
            throw new IllegalArgumentException("sizes must be positive: " + options);
        }
        if (!options.name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("--name takes letters, digits, '.', '_' and '-': " + options.name);
        }
        return options;
    }

    Path resultFile(String extension) {
        return out.resolve("reminder-results-" + name + "." + extension);
    }
}

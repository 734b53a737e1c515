package com.migrainecare.bench.reminder;

import com.migrainecare.bench.core.CpuMeter;
import com.migrainecare.bench.core.Log;
import com.migrainecare.bench.core.Machine;
import com.migrainecare.bench.core.TempData;
import com.migrainecare.bench.report.Results;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The reminder-delivery benchmark (see {@code BENCHMARKS.md}). This process hosts the stores; the notification
 * service runs as a process of its own on the heap under test. After a warm-up, {@code --reminders} reminders
 * are put in its schedule a day ahead and then moved, in one statement, into the next whole minute (so the
 * seeding's pace does not matter); the run waits until the service has
 * handed them all to the channel and measures, per reminder, due -> handed over (the {@code sentAt} the service
 * records), the service's heap and the CPU of the service and of everything else on the machine.
 */
public final class ReminderBenchmark {

    private static final Duration MARGIN = Duration.ofSeconds(15);
    private static final Duration PARKED = Duration.ofDays(1);
    private static final Duration PROGRESS = Duration.ofSeconds(5);

    private final ReminderBenchOptions options;
    private final Results results;

    private ReminderBenchmark(ReminderBenchOptions options, Results results) {
        this.options = options;
        this.results = results;
    }

    public static void main(String[] args) throws IOException {
        ReminderBenchOptions options = ReminderBenchOptions.parse(args);
        Path dataDir = TempData.create("clinic-reminder-bench-", options.keepData());
        Results results = new Results();
        int status = 0;
        try {
            new ReminderBenchmark(options, results).run(dataDir);
        } catch (RuntimeException e) {
            Log.info("FAILED: %s", e);
            e.printStackTrace();
            results.run("failed", e.toString());
            status = 1;
        } finally {
            results.run(
                    "finished", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            results.run("durationSeconds", Math.round(Log.elapsedSeconds()));
            results.writeJson(options.resultFile("json"));
            new ReminderReport(results).write(options.resultFile("md"));
        }
        System.out.println(new ReminderReport(results).render());
        Log.info("results in %s", options.resultFile("json").toAbsolutePath());
        System.exit(status);
    }

    private void run(Path dataDir) {
        results.run("started", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        results.run("commit", options.commit());
        results.run("name", options.name());
        results.run("options", options.toString());
        results.run("machine", Machine.describe());
        Log.info(
                "reminder benchmark '%s': %,d reminders, spread %s, service heap %s, data in %s",
                options.name(), options.reminders(), options.spread(), options.heap(), dataDir);
        try (SharedStores stores = new SharedStores(dataDir);
                NotificationProcess service = NotificationProcess.start(
                        stores, options, options.out().resolve("notification-service-" + options.name() + ".log"));
                ServiceGauge gauge = new ServiceGauge(service)) {
            results.run("eventStore", stores.jdbcUrl());
            results.run("readStore", stores.mongoUri() + " (embedded, hosted by the benchmark)");
            ReminderSeed seed = new ReminderSeed(stores);
            seed.contacts(Math.max(options.warmup(), options.reminders()));
            warmUp(seed, gauge);
            Instant parked = Instant.now().plus(PARKED).truncatedTo(ChronoUnit.MINUTES);
            Log.info("seeding %,d reminders, due a day ahead for now, over %s", options.reminders(), options.spread());
            seed.reminders("main", options.reminders(), parked, options.spread());
            Instant first =
                    Instant.now().plus(MARGIN).truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
            Duration shift = Duration.between(parked, first);
            seed.shiftTimers(shift);
            Log.info("reminders moved to fall due from %s", first);
            results.fact("dueFrom", first.toString());
            measure(seed, gauge, service, first);
            new LatenessFigures(stores.mongo(), results).collect("main", shift, first, options.spread());
        }
    }

    /** Delivers the warm-up reminders, due at once, so that the service's code is compiled when measured. */
    private void warmUp(ReminderSeed seed, ServiceGauge gauge) {
        if (options.warmup() > 0) {
            Log.info("warm-up: %,d reminders due at once", options.warmup());
            seed.reminders("warm", options.warmup(), Instant.now(), Duration.ZERO);
            awaitSent(gauge, options.warmup(), Instant.now().plus(options.limit()), "warm-up");
        }
    }

    private void measure(ReminderSeed seed, ServiceGauge gauge, NotificationProcess service, Instant first) {
        while (Instant.now().isBefore(first)) {
            NotificationProcess.pause(Duration.ofMillis(
                    Math.min(500, Duration.between(Instant.now(), first).toMillis() + 1)));
        }
        CpuMeter.Reading machineFrom = CpuMeter.read();
        long serviceFrom = ServiceGauge.cpuTicks(service.pid());
        long target = options.warmup() + options.reminders();
        awaitSent(gauge, target, first.plus(options.spread()).plus(options.limit()), "minute");
        CpuMeter.Reading machineTo = CpuMeter.read();
        long serviceTo = ServiceGauge.cpuTicks(service.pid());
        double seconds = (machineTo.nanos() - machineFrom.nanos()) / 1e9;
        double serviceCores = (serviceTo - serviceFrom) / 100.0 / seconds;
        double benchCores = CpuMeter.ownBetween(machineFrom, machineTo);
        double othersCores = CpuMeter.othersBetween(machineFrom, machineTo) - serviceCores;
        results.fact("serviceCores", serviceCores);
        results.fact("benchmarkCores", benchCores);
        results.fact("otherProcessesCores", Math.max(0, othersCores));
        results.fact("serviceHeapMaxUsedMB", gauge.maxHeapMegabytes());
        results.fact("serviceHeapMaxAfterGcPercent", gauge.maxAfterGcPercent());
        results.fact("tasksLeft", seed.tasksLeft());
        results.fact("loadAverageAtEnd", Machine.describe().get("loadAverageAtStart"));
        Log.info(
                "measured: service %.2f cores, benchmark (stores) %.2f, others %.2f; heap max %.0f MB",
                serviceCores, benchCores, Math.max(0, othersCores), gauge.maxHeapMegabytes());
    }

    private static void awaitSent(ServiceGauge gauge, long target, Instant deadline, String what) {
        Instant nextLine = Instant.now();
        while (true) {
            ServiceGauge.Reading reading = gauge.sample();
            long done = reading.sent() + reading.skipped() + reading.failed();
            if (done >= target || Instant.now().isAfter(deadline)) {
                Log.info(
                        "%s: %,d of %,d handed over (%,d skipped, %,d failed), heap %.0f MB",
                        what,
                        reading.sent(),
                        target,
                        reading.skipped(),
                        reading.failed(),
                        reading.heapBytes() / (1024 * 1024));
                return;
            }
            if (!Instant.now().isBefore(nextLine)) {
                Log.info(
                        "  %s: %,d of %,d handed over, heap %.0f MB (max %.0f)",
                        what, reading.sent(), target, reading.heapBytes() / (1024 * 1024), gauge.maxHeapMegabytes());
                nextLine = Instant.now().plus(PROGRESS);
            }
            NotificationProcess.pause(Duration.ofMillis(250));
        }
    }
}

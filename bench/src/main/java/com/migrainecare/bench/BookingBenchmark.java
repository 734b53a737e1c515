package com.migrainecare.bench;

import com.migrainecare.bench.core.Log;
import com.migrainecare.bench.core.Machine;
import com.migrainecare.bench.core.Runner;
import com.migrainecare.bench.core.Stats;
import com.migrainecare.bench.core.TempData;
import com.migrainecare.bench.report.Figure;
import com.migrainecare.bench.report.Markdown;
import com.migrainecare.bench.report.Results;
import com.migrainecare.bench.service.Ceilings;
import com.migrainecare.bench.service.EventTable;
import com.migrainecare.bench.service.Processors;
import com.migrainecare.bench.service.ProjectionWatch;
import com.migrainecare.bench.service.ServiceInstance;
import com.migrainecare.kernel.booking.BookingEvent.SessionBooked;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The booking benchmark (see {@code BENCHMARKS.md}). One run, one JVM: the booking service on a fresh data
 * directory (an H2 file for events, the embedded Mongo-wire store for read models), seeded with a chain; then at
 * each store size booking and its ceilings, projection lag under a steady load, and once, the HTTP
 * measurements of the service and of a baseline.
 */
public final class BookingBenchmark {

    private static final Duration SETTLE = Duration.ofMinutes(10);

    private final BenchOptions options;
    private final Path dataDir;
    private final Results results;

    private BookingBenchmark(BenchOptions options, Path dataDir, Results results) {
        this.options = options;
        this.dataDir = dataDir;
        this.results = results;
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("axoniq.update-checker.disabled", "true");
        BenchOptions options = BenchOptions.parse(args);
        Path dataDir = TempData.create("clinic-bench-", options.keepData());
        Results results = new Results();
        int status = 0;
        try {
            new BookingBenchmark(options, dataDir, results).run();
        } catch (RuntimeException e) {
            Log.info("FAILED: %s", e);
            e.printStackTrace();
            results.run("failed", e.toString());
            status = 1;
        } finally {
            results.run(
                    "finished", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            results.run("durationSeconds", Math.round(Log.elapsedSeconds()));
            write(options, results);
        }
        System.out.println(new Markdown(results).render(options.levels()));
        Log.info("results in %s", options.out().toAbsolutePath());
        System.exit(status);
    }

    private void run() {
        describe();
        try (ServiceInstance service = ServiceInstance.start(dataDir)) {
            results.run("eventStore", service.jdbcUrl());
            results.run(
                    "readStore", service.mongoConnectionString() + (service.embeddedReadStore() ? " (embedded)" : ""));
            Log.info("service up: events in %s, read models in %s", service.jdbcUrl(), service.mongoConnectionString());
            Processors processors = new Processors(service);
            results.run("processors", processors.names());
            EventTable events = new EventTable(service.dataSource());
            BenchChain chain = new BenchChain(
                    options.clientsPerSite(), LocalDate.now(ZoneOffset.UTC).plusDays(2));
            PlanCursor plan = new PlanCursor(chain, 0);
            DirectMeasurements direct = new DirectMeasurements(service, plan, events);
            Ceilings ceilings = new Ceilings(service);
            Preload preload = new Preload(options, direct, events, processors, results, ceilings);
            LevelPhase levels = new LevelPhase(options, direct, ceilings, events, processors, results);
            try (ProjectionWatch watch = new ProjectionWatch(processors, SessionBooked.class)) {
                Log.info(
                        "lag is measured until every processor that handles a booking has handled it: %s",
                        watch.awaited());
                LagProbe lag = new LagProbe(direct, watch, service.mongo());
                seed(chain, service, processors);
                Duration warmupLimit = options.limit().multipliedBy(4);
                direct.book("warm-up, 1 thread", options.warmup(), 1, warmupLimit);
                direct.book(
                        "warm-up, " + options.threads() + " threads", options.warmup(), options.threads(), warmupLimit);
                processors.awaitHead(SETTLE);
                preload.takeTemplate();
                EventTable.Row rawRow = preload.sampleRow();
                levels.warmUp(rawRow);
                List<Long> targets = options.levels();
                for (int i = 0; i < targets.size(); i++) {
                    long level = targets.get(i);
                    preload.growTo(level);
                    levels.measure(level, rawRow);
                    boolean first = i == 0;
                    boolean last = i == targets.size() - 1;
                    if (first || last) {
                        lag(lag, level, events, processors);
                    }
                    if (first) {
                        new HttpPhase(options, results).run(service, plan, events);
                        processors.awaitHead(SETTLE);
                    }
                    if (last) {
                        levels.rescheduleAndCancel(level, Math.min(200, options.measure()));
                    }
                    write(options, results);
                }
                growth(targets);
            }
        }
    }

    private void seed(BenchChain chain, ServiceInstance service, Processors processors) {
        Log.info(
                "seeding the chain: %d locations, %d therapists, %d clients",
                BenchChain.SITES.size(), BenchChain.SITES.size() * BenchChain.THERAPISTS_PER_SITE, chain.clients());
        long started = System.nanoTime();
        int sent = chain.seedLocationsAndTherapists(service.commands());
        Stats clients =
                Runner.run("seed clients", chain.clients(), 4, SETTLE, i -> chain.seedClient(service.commands(), i));
        sent += 2 * clients.ok();
        results.fact("seedCommands", sent);
        results.fact("seedCommandsPerSecond", sent / ((System.nanoTime() - started) / 1e9));
        processors.awaitHead(SETTLE);
    }

    /**
     * Lag at the configured rate and, when the service books slower than that on one thread, also at half its
     * one-thread rate (a load it can carry), so that the lag is not only that of an overloaded service.
     */
    private void lag(LagProbe lag, long level, EventTable events, Processors processors) {
        lagAt(lag, level, options.lagRate(), "", events, processors);
        double book1 = results.figure("level." + level + ".book1")
                .map(Figure::perSecond)
                .orElse(Double.NaN);
        if (book1 < 1.25 * options.lagRate()) {
            int rate = (int) Math.max(5, Math.floor(book1 / 2));
            lagAt(lag, level, rate, ".carried", events, processors);
        }
    }

    private void lagAt(LagProbe lag, long level, int rate, String suffix, EventTable events, Processors processors) {
        long stored = events.count();
        LagProbe.Result r = lag.run("lag at " + rate + "/s", rate, options.lagSeconds());
        String p = "lag." + level + suffix + ".";
        String how = String.format(
                "offered %.1f/s, completed %.1f/s; %d handled before book returned (lag 0), %d seen by polling,"
                        + " %d not seen within 60 s (counted as 60 s), %d missing from `bookings` afterwards;"
                        + " p99 by processor: %s",
                r.offeredRate(),
                r.achievedRate(),
                r.beforeReturn(),
                r.byPoll(),
                r.notSeen(),
                r.missing(),
                LagProbe.describe(r.p99ByProcessor()));
        results.figure(
                p + "lag",
                Figure.of("projection lag at " + rate + "/s (book returned -> handled)", stored, r.lag(), how));
        results.figure(p + "booking", Figure.of("book, paced at " + rate + "/s", stored, r.booking(), ""));
        results.target(
                p + "p99",
                String.format("projection lag p99 at %d bookings/s offered, %,d events (ms)", rate, stored),
                r.lag().percentileMillis(99),
                String.format(
                        "every processor's batch committed, from book returning; %.1f/s completed", r.achievedRate()),
                100,
                true);
        processors.awaitHead(SETTLE);
    }

    /**
     * Growth from the first level to the last (the target), and from the second level to the last: the first
     * level is measured earliest in the run, so the second is a check on it.
     */
    private void growth(List<Long> targets) {
        if (targets.size() < 2) {
            return;
        }
        long last = targets.get(targets.size() - 1);
        for (String key : List.of("book1", "book8")) {
            double to = rate(last, key);
            long first = targets.get(0);
            results.target(
                    "growth." + key,
                    String.format("growth: bookings/s at level %,d ÷ at level %,d (%s)", last, first, key),
                    to / rate(first, key),
                    "level." + last + "." + key + " ÷ level." + first + "." + key,
                    0.9,
                    false);
            if (targets.size() > 2) {
                long second = targets.get(1);
                results.ratio(
                        "growth.fromSecond." + key,
                        String.format("growth: bookings/s at level %,d ÷ at level %,d (%s)", last, second, key),
                        to / rate(second, key),
                        "level." + last + "." + key + " ÷ level." + second + "." + key);
            }
        }
    }

    private double rate(long level, String key) {
        return results.figure("level." + level + "." + key)
                .map(Figure::perSecond)
                .orElse(Double.NaN);
    }

    private void describe() {
        results.run("started", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        results.run("commit", options.commit());
        results.run("mode", options.quick() ? "quick" : "full");
        results.run("options", options.toString());
        results.run("machine", Machine.describe());
        Log.info("booking benchmark (%s), data in %s", options.quick() ? "quick" : "full", dataDir);
    }

    private static void write(BenchOptions options, Results results) {
        results.writeJson(options.out().resolve("results.json"));
        new Markdown(results).write(options.out().resolve("results.md"), options.levels());
    }
}

package com.migrainecare.bench;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.regex;

import com.migrainecare.bench.BenchChain.Planned;
import com.migrainecare.booking.availability.AvailabilityService;
import com.migrainecare.booking.booking.BookingState;
import com.migrainecare.booking.booking.MoveRequest;
import com.migrainecare.platform.store.EmbeddedMongoServer;
import com.migrainecare.platform.store.EmbeddedStoreProperties;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.bson.types.ObjectId;

/**
 * Runs the booking benchmark (see {@code BENCHMARKS.md}). Everything is measured in one JVM run:
 *
 * <ol>
 *   <li>configuration "cache on" (the service's default aggregate cache) on a fresh in-memory store: seed the
 *       chain, warm up, measure bookings on the nearly empty store, preload, measure bookings again (1 and N
 *       threads), raw inserts and finds on the same Mongo server through the service's own client,
 *       availability searches, reschedules;
 *   <li>configuration "cache off" (an aggregate cache of one entry) on the same, grown store: bookings;
 *   <li>configuration "cache off" on a fresh store: seed and measure bookings on the nearly empty store.
 * </ol>
 *
 * The store is the service's own {@link EmbeddedMongoServer} (in memory, port 0), hosted here rather than by
 * the service so that the two configurations can share it.
 */
public final class BookingBenchmark {

    private static final String REASON = "benchmark";
    private static final Duration CATCH_UP = Duration.ofMinutes(15);
    private static final long STARTED = System.nanoTime();

    private final BenchOptions options;
    private final BenchChain chain;
    private final Report report = new Report();
    private final Random random = new Random(42);
    private long nextIndex;
    private long booked;
    private Stats lastCacheOn;
    private Stats lastCacheOnStart;
    private Stats lastCacheOffGrown;
    private List<String> processors = List.of();

    private BookingBenchmark(BenchOptions options) {
        this.options = options;
        this.chain = new BenchChain(
                options.clientsPerSite(), LocalDate.now(ZoneOffset.UTC).plusDays(2));
    }

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        BenchOptions options = BenchOptions.parse(args);
        BookingBenchmark benchmark = new BookingBenchmark(options);
        benchmark.run();
        String markdown = benchmark.report.markdown();
        benchmark.report.write(options.out());
        System.out.println();
        System.out.println(markdown);
        System.out.println("Written to " + options.out().toAbsolutePath());
        System.exit(0);
    }

    private void run() {
        header();
        EmbeddedMongoServer store = newStore();
        try {
            cacheOn(store);
            if (options.noCache()) {
                cacheOffGrown(store);
            }
        } finally {
            store.destroy();
        }
        if (options.noCache()) {
            EmbeddedMongoServer fresh = newStore();
            try {
                cacheOffEmpty(fresh);
            } finally {
                fresh.destroy();
            }
        }
        notes();
        log("done in %.0f s", (System.nanoTime() - STARTED) / 1e9);
    }

    // ---------------------------------------------------------------------------------------------------------
    // configuration 1: cache on

    private void cacheOn(EmbeddedMongoServer store) {
        String config = "cache on (" + String.format(Locale.ROOT, "%,d", options.cacheSize()) + ")";
        log("starting the booking service (%s)", config);
        try (ServiceInstance app = ServiceInstance.start(store.connectionString(), options.cacheSize())) {
            seed(app, "1", config);

            log("warm-up: %d bookings (not measured)", options.warmup());
            book(app, options.warmup(), 1, null);

            long events = events(app);
            log("measuring %d bookings on the nearly empty store (%,d events)", options.measure(), events);
            Stats start = book(app, options.measure(), 1, null);
            report.row(
                    "f1",
                    "book, store nearly empty",
                    config + ", 1 thread",
                    events,
                    start,
                    "bookings/s",
                    perCommand(start));
            log("  %.1f bookings/s", start.perSecond());
            processors = app.processorNames();
            Stats startPaused = bookPaused(app, "f1p", "book, store nearly empty, projections paused", config);

            Stats preload = preload(app);
            report.row(
                    "p",
                    "preload (book)",
                    config + ", 1 thread",
                    events,
                    preload,
                    "bookings/s",
                    perCommand(preload) + "; progress below");
            events = events(app);
            Duration lag = app.awaitProjections(booked, CATCH_UP);
            report.figure(
                    "p",
                    "projections catch up after the preload",
                    config,
                    events,
                    String.format(Locale.ROOT, "%.1f s", lag.toMillis() / 1e3),
                    "poll until `bookings` holds every booking and every tracking processor is at the last event");

            System.gc();
            events = events(app);
            log("measuring %d bookings on the grown store (%,d events), 1 thread", options.measure(), events);
            List<Booked> measured = new ArrayList<>();
            Stats after = book(app, options.measure(), 1, measured);
            report.row(
                    "a1", "book, after preload", config + ", 1 thread", events, after, "bookings/s", perCommand(after));
            log("  %.1f bookings/s", after.perSecond());
            app.awaitProjections(booked, CATCH_UP);

            events = events(app);
            log("measuring %d bookings on the grown store, %d threads", options.measure(), options.threads());
            Stats afterN = book(app, options.measure(), options.threads(), null);
            report.row(
                    "a" + options.threads(),
                    "book, after preload",
                    config + ", " + options.threads() + " threads",
                    events,
                    afterN,
                    "bookings/s",
                    perCommand(afterN));
            log("  %.1f bookings/s", afterN.perSecond());
            lag = app.awaitProjections(booked, CATCH_UP);
            report.figure(
                    "a",
                    "projections catch up after the measured bookings",
                    config,
                    events(app),
                    String.format(Locale.ROOT, "%.1f s", lag.toMillis() / 1e3),
                    "");
            Stats afterPaused = bookPaused(app, "a1p", "book, after preload, projections paused", config);

            System.gc();
            events = events(app);
            RawStore raw = new RawStore(app);
            log("raw inserts: %d, 1 and %d threads", options.inserts(), options.threads());
            Stats insert1 = raw.inserts(options.inserts(), 1, false);
            report.row(
                    "b1",
                    "raw `insertOne`, scratch collection (`_id` only)",
                    "same server and client, 1 thread",
                    events,
                    insert1,
                    "inserts/s",
                    raw.documentNote());
            Stats insertN = raw.inserts(options.inserts(), options.threads(), false);
            report.row(
                    "b" + options.threads(),
                    "raw `insertOne`, scratch collection (`_id` only)",
                    "same server and client, " + options.threads() + " threads",
                    events,
                    insertN,
                    "inserts/s",
                    "");
            Stats insertIdx = raw.inserts(options.inserts(), 1, true);
            report.row(
                    "b1i",
                    "raw `insertOne`, scratch collection with the event store's 2 indexes",
                    "same server and client, 1 thread",
                    events,
                    insertIdx,
                    "inserts/s",
                    "unique (aggregateIdentifier, sequenceNumber) + (timestamp, sequenceNumber), as Axon creates");
            Stats finds = raw.finds(options.finds(), chain);
            report.row(
                    "r",
                    "raw find of one aggregate's events (Axon's query)",
                    "same server and client, 1 thread",
                    events,
                    finds,
                    "queries/s",
                    "`{aggregateIdentifier, sequenceNumber >= 0}` sorted by sequence" + " number, a client's ~"
                            + raw.eventsPerClient + " events");
            List<String> ids =
                    measured.stream().map(b -> b.state().bookingId().value()).toList();
            Stats byId = raw.lookups(options.finds() * 20, ids, false);
            report.row(
                    "r2",
                    "raw find of one `bookings` document by `_id`",
                    "same server and client, 1 thread",
                    events,
                    byId,
                    "queries/s",
                    String.format(
                            Locale.ROOT,
                            "`{_id}`: the primary index (%,d" + " documents in `bookings`)",
                            app.count(ServiceInstance.BOOKINGS)));
            Stats byIdAndVersion = raw.lookups(options.finds() * 20, ids, true);
            report.row(
                    "r3",
                    "raw find of one `bookings` document by `_id` and `version`",
                    "same server and client, 1 thread",
                    events,
                    byIdAndVersion,
                    "queries/s",
                    "`{_id, version: {$lt: n}}`, the filter of `BookingProjection`'s upsert: the store only uses an"
                            + " index whose keys equal the filter's, so this scans");
            raw.drop();

            double commands1 = 4 * after.perSecond();
            double commandsN = 4 * afterN.perSecond();
            report.ratio(
                    "(c) booking commands/s ÷ raw inserts/s, 1 thread",
                    commands1 / insert1.perSecond(),
                    String.format(Locale.ROOT, "4 × %.1f ÷ %.1f (a1 ÷ b1)", after.perSecond(), insert1.perSecond()));
            report.ratio(
                    "(c) bookings/s ÷ raw inserts/s, 1 thread", after.perSecond() / insert1.perSecond(), "a1 ÷ b1");
            report.ratio(
                    "(c) booking commands/s ÷ raw inserts/s, " + options.threads() + " threads",
                    commandsN / insertN.perSecond(),
                    String.format(Locale.ROOT, "4 × %.1f ÷ %.1f", afterN.perSecond(), insertN.perSecond()));
            report.ratio(
                    "(c) booking commands/s ÷ raw inserts/s with the event indexes, 1 thread",
                    commands1 / insertIdx.perSecond(),
                    "a1 ÷ b1i");
            report.ratio(
                    "(f) bookings/s after preload ÷ nearly empty, cache on",
                    after.perSecond() / start.perSecond(),
                    "a1 ÷ f1; 1.0 means no slowdown as the store grows");
            report.ratio(
                    "(f) bookings/s after preload ÷ nearly empty, cache on, projections paused",
                    afterPaused.perSecond() / startPaused.perSecond(),
                    "a1p ÷ f1p");
            report.ratio(
                    "projections paused ÷ live, store nearly empty",
                    startPaused.perSecond() / start.perSecond(),
                    "f1p ÷ f1: what the live projections cost the command side");
            report.ratio(
                    "projections paused ÷ live, after preload",
                    afterPaused.perSecond() / after.perSecond(),
                    "a1p ÷ a1");

            searches(app, config);
            reschedules(app, config, measured);
            app.awaitProjections(booked, CATCH_UP);
            log("closing configuration 1");
            lastCacheOn = after;
            lastCacheOnStart = start;
        }
    }

    /**
     * Books {@code measure} sessions with every tracking processor stopped (the command side alone), then lets
     * the processors catch up and reports how long that took.
     */
    private Stats bookPaused(ServiceInstance app, String id, String what, String config) {
        app.awaitProjections(booked, CATCH_UP);
        System.gc();
        app.pauseProcessors();
        long events = events(app);
        log("measuring %d bookings with the projections paused (%,d events)", options.measure(), events);
        Stats stats = book(app, options.measure(), 1, null);
        report.row(id, what, config + ", 1 thread", events, stats, "bookings/s", perCommand(stats));
        log("  %.1f bookings/s", stats.perSecond());
        CpuMeter.Reading before = CpuMeter.read();
        long t0 = System.nanoTime();
        app.resumeProcessors();
        app.awaitProjections(booked, CATCH_UP);
        long elapsed = System.nanoTime() - t0;
        int behind = 4 * stats.ok();
        report.figure(
                id,
                "projections catch up after the paused bookings",
                config,
                events(app),
                String.format(Locale.ROOT, "%.1f s", elapsed / 1e9),
                String.format(
                        Locale.ROOT,
                        "%,d events behind for each of %d processors = %,.0f events/s per processor",
                        behind,
                        processors.size(),
                        behind / (elapsed / 1e9)));
        log(
                "  caught up in %.1f s (CPU others %.2f cores)",
                elapsed / 1e9, CpuMeter.othersBetween(before, CpuMeter.read()));
        return stats;
    }

    private Stats preload(ServiceInstance app) {
        int total = options.preload();
        int chunk = Math.max(1, Math.min(1_000, total / 10));
        List<Stats> chunks = new ArrayList<>();
        log("preloading %,d bookings", total);
        long done = 0;
        while (done < total) {
            int size = (int) Math.min(chunk, total - done);
            Stats part = book(app, size, 1, null);
            chunks.add(part);
            long events = events(app);
            report.progress(done + 1, done + size, events, part);
            done += size;
            log("  %,d / %,d booked, %.1f bookings/s in this chunk, %,d events", done, total, part.perSecond(), events);
        }
        return merge(chunks);
    }

    private void searches(ServiceInstance app, String config) {
        BenchChain.Site site = BenchChain.SITES.get(0);
        int days = BenchChain.daysFor(nextIndex);
        for (int window : new int[] {1, 7}) {
            int spread = Math.max(1, days - window);
            AtomicLong slots = new AtomicLong();
            Op search = i -> {
                LocalDate day = chain.firstDay().plusDays(random.nextInt(spread));
                slots.addAndGet(app.availability
                        .search(new AvailabilityService.Search(
                                BenchChain.SEARCHED,
                                day.atStartOfDay(site.zone()).toInstant(),
                                day.plusDays(window).atStartOfDay(site.zone()).toInstant(),
                                BenchChain.SESSION,
                                site.locationId().value(),
                                null,
                                Duration.ofMinutes(15),
                                500))
                        .size());
            };
            measure(Math.max(5, options.searches() / 10), 1, search); // warm-up
            slots.set(0);
            long events = events(app);
            log("measuring %d availability searches, %d-day window", options.searches(), window);
            Stats stats = measure(options.searches(), 1, search);
            report.row(
                    "d" + window,
                    "availability search, " + window + "-day window",
                    config + ", 1 thread",
                    events,
                    stats,
                    "searches/s",
                    String.format(
                            Locale.ROOT,
                            "%s, 1 location (8 therapists), random day in the booked range, 45 min on a 15 min grid;"
                                    + " %.0f free slots found on average (limit 500)",
                            BenchChain.SEARCHED,
                            slots.get() / (double) stats.ok()));
            log("  p50 %.1f ms, p99 %.1f ms", stats.percentileMillis(50), stats.percentileMillis(99));
        }
    }

    private void reschedules(ServiceInstance app, String config, List<Booked> measured) {
        int count = Math.min(options.reschedules(), measured.size());
        if (count == 0) {
            return;
        }
        int farDays = BenchChain.daysFor(options.plannedBookings()) + 7;
        long events = events(app);
        log("measuring %d reschedules (each moved %d days later, same wall-clock time)", count, farDays);
        Stats stats = measure(count, 1, i -> {
            Booked b = measured.get(i);
            app.bookings.reschedule(
                    b.state().bookingId(),
                    new MoveRequest(b.planned().movedBy(farDays), null, null, null, null),
                    null,
                    REASON);
        });
        report.row(
                "e",
                "reschedule",
                config + ", 1 thread",
                events,
                stats,
                "reschedules/s",
                "7 commands each (reserve therapist, room, client; move; release the old three) + a read of the"
                        + " booking; the release policy repeats the 3 releases asynchronously");
        log("  %.1f reschedules/s", stats.perSecond());
    }

    // ---------------------------------------------------------------------------------------------------------
    // configurations 2 and 3: aggregate cache of one entry

    private void cacheOffGrown(EmbeddedMongoServer store) {
        String config = "cache off (1 entry)";
        log("starting the booking service (%s) on the same, grown store", config);
        try (ServiceInstance app = ServiceInstance.start(store.connectionString(), 1)) {
            app.awaitProjections(booked, CATCH_UP);
            long events = events(app);
            log("measuring %d bookings, %s, %,d events", options.noCacheMeasure(), config, events);
            Stats stats = book(app, options.noCacheMeasure(), 1, null);
            report.row(
                    "f2",
                    "book, after preload (same store as a1)",
                    config + ", 1 thread",
                    events,
                    stats,
                    "bookings/s",
                    perCommand(stats));
            log("  %.1f bookings/s", stats.perSecond());
            lastCacheOffGrown = stats;
            app.awaitProjections(booked, CATCH_UP);
        }
    }

    private void cacheOffEmpty(EmbeddedMongoServer store) {
        String config = "cache off (1 entry)";
        nextIndex = 0;
        booked = 0;
        log("starting the booking service (%s) on a fresh store", config);
        try (ServiceInstance app = ServiceInstance.start(store.connectionString(), 1)) {
            seed(app, "3", config);
            long events = events(app);
            log("measuring %d bookings, %s, %,d events", options.noCacheMeasure(), config, events);
            Stats stats = book(app, options.noCacheMeasure(), 1, null);
            report.row(
                    "f3",
                    "book, store nearly empty (fresh store)",
                    config + ", 1 thread",
                    events,
                    stats,
                    "bookings/s",
                    perCommand(stats));
            log("  %.1f bookings/s", stats.perSecond());
            if (lastCacheOffGrown != null) {
                report.ratio(
                        "(f) bookings/s after preload ÷ nearly empty, cache off",
                        lastCacheOffGrown.perSecond() / stats.perSecond(),
                        "f2 ÷ f3");
                report.ratio(
                        "cache on ÷ cache off, store after preload",
                        lastCacheOn.perSecond() / lastCacheOffGrown.perSecond(),
                        "a1 ÷ f2");
                report.ratio(
                        "cache on ÷ cache off, store nearly empty",
                        lastCacheOnStart.perSecond() / stats.perSecond(),
                        "f1 ÷ f3 (f1 measured more bookings)");
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private void seed(ServiceInstance app, String id, String config) {
        log(
                "seeding the chain: %d locations, %d therapists, %d clients",
                BenchChain.SITES.size(),
                BenchChain.SITES.size() * BenchChain.THERAPISTS_PER_SITE,
                BenchChain.SITES.size() * options.clientsPerSite());
        AtomicInteger commands = new AtomicInteger();
        Stats seeding = measure(1, 1, i -> commands.set(chain.seed(app.commands)));
        Stats stats = new Stats(
                commands.get(),
                seeding.failed(),
                seeding.elapsedNanos(),
                new long[0],
                seeding.firstFailures(),
                seeding.ownCores(),
                seeding.otherCores());
        report.row(
                "s" + id,
                "seed the chain (create / register / shift / intake commands)",
                config + ", 1 thread",
                0,
                stats,
                "commands/s",
                String.format(
                        Locale.ROOT,
                        "3 locations × 4 rooms, 24 therapists (every day 00:00-23:59), %,d clients",
                        BenchChain.SITES.size() * options.clientsPerSite()));
        app.awaitProjections(0, CATCH_UP);
    }

    /** Books the next {@code count} sessions of the plan with {@code threads} threads. */
    private Stats book(ServiceInstance app, int count, int threads, List<Booked> sink) {
        long first = nextIndex;
        nextIndex += count;
        Booked[] done = new Booked[count];
        Stats stats = measure(count, threads, i -> {
            Planned planned = chain.plan(first + i);
            BookingState state = app.bookings.book(planned.request(), REASON);
            done[i] = new Booked(planned, state);
        });
        booked += stats.ok();
        if (sink != null) {
            Arrays.stream(done).filter(b -> b != null).forEach(sink::add);
        }
        if (stats.failed() > 0) {
            log("  %d bookings failed, e.g. %s", stats.failed(), stats.firstFailures());
        }
        return stats;
    }

    /** One operation of a measurement, given its number. */
    @FunctionalInterface
    interface Op {
        void run(int i) throws Exception;
    }

    /** Runs {@code count} operations on {@code threads} threads; times each and the whole. */
    static Stats measure(int count, int threads, Op op) {
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[count];
        AtomicInteger failed = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                long t0 = System.nanoTime();
                try {
                    op.run(i);
                    latencies[i] = System.nanoTime() - t0;
                } catch (Exception e) {
                    latencies[i] = -1;
                    if (failed.incrementAndGet() <= 5) {
                        failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                }
            }
        };
        CpuMeter.Reading cpu = CpuMeter.read();
        long start = System.nanoTime();
        if (threads == 1) {
            worker.run();
        } else {
            List<Thread> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread thread = new Thread(worker, "bench-" + t);
                thread.start();
                running.add(thread);
            }
            for (Thread thread : running) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        long elapsed = System.nanoTime() - start;
        CpuMeter.Reading after = CpuMeter.read();
        long[] ok = Arrays.stream(latencies).filter(l -> l >= 0).toArray();
        return new Stats(
                ok.length,
                failed.get(),
                elapsed,
                ok,
                new ArrayList<>(failures),
                CpuMeter.ownBetween(cpu, after),
                CpuMeter.othersBetween(cpu, after));
    }

    private static Stats merge(List<Stats> parts) {
        int ok = 0;
        int failed = 0;
        long elapsed = 0;
        double own = 0;
        double others = 0;
        List<long[]> latencies = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Stats part : parts) {
            ok += part.ok();
            failed += part.failed();
            elapsed += part.elapsedNanos();
            own += part.ownCores() * part.elapsedNanos();
            others += part.otherCores() * part.elapsedNanos();
            latencies.add(part.latenciesNanos());
            failures.addAll(part.firstFailures());
        }
        return new Stats(
                ok,
                failed,
                elapsed,
                latencies.stream().flatMapToLong(Arrays::stream).toArray(),
                failures,
                own / Math.max(1, elapsed),
                others / Math.max(1, elapsed));
    }

    private static String perCommand(Stats stats) {
        return String.format(
                Locale.ROOT, "= %,.0f commands/s, 4 commands and 4 events per booking", 4 * stats.perSecond());
    }

    private static long events(ServiceInstance app) {
        return app.count(ServiceInstance.EVENTS);
    }

    private static EmbeddedMongoServer newStore() {
        return new EmbeddedMongoServer(new EmbeddedStoreProperties(true, "127.0.0.1", 0, ""));
    }

    private void header() {
        Runtime rt = Runtime.getRuntime();
        report.header(String.format(
                Locale.ROOT,
                "Run at %s; %s %s (%s), %d processors, max heap %,d MB.",
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                rt.availableProcessors(),
                rt.maxMemory() / (1024 * 1024)));
        report.header("");
        report.header(String.format(
                Locale.ROOT,
                "Options: preload=%,d, measure=%,d, threads=%d, warm-up=%,d,"
                        + " searches=%d per window, reschedules=%d, inserts=%,d, finds=%d, no-cache measure=%d,"
                        + " clients=%,d%s.",
                options.preload(),
                options.measure(),
                options.threads(),
                options.warmup(),
                options.searches(),
                options.reschedules(),
                options.inserts(),
                options.finds(),
                options.noCacheMeasure(),
                BenchChain.SITES.size() * options.clientsPerSite(),
                options.quick() ? " (--quick)" : ""));
        report.header("");
        report.header("Store: the platform's `EmbeddedMongoServer` (mongo-java-server, H2 in-memory backend, port 0)"
                + " in the same JVM; the booking service runs in-process (Spring Boot, web on a random port, its own"
                + " `application.yml`, system clock) and is driven through `BookingService` / `AvailabilityService`"
                + " directly. Throughput is successful operations ÷ wall time; latencies are per operation.");
    }

    private void notes() {
        report.note("Every booking names its room, so each is exactly 4 commands (reserve therapist, room, client;"
                + " book) and 4 events; the plan never double-books, so failures should be 0.");
        report.note("The " + processors.size() + " tracking processors (" + String.join(", ", processors)
                + ") run during every measurement (\"projections live\") except the \"projections paused\" ones,"
                + " which stop them all first; measurements start only after they caught up with the previous one.");
        report.note("f1 is measured after a " + options.warmup() + "-booking JIT warm-up; f3 runs later in the same"
                + " JVM (warm) with " + options.noCacheMeasure() + " bookings.");
        report.note("Cache off means `clinic.axon.aggregate-cache-size=1`: every command loads its aggregate from"
                + " the store (latest snapshot + later events; snapshots every 200 events).");
    }

    private static void log(String format, Object... args) {
        System.out.printf(
                Locale.ROOT,
                "[bench %6.1fs] %s%n",
                (System.nanoTime() - STARTED) / 1e9,
                String.format(Locale.ROOT, format, args));
    }

    /** A booking the benchmark made: where the plan put it and what the service returned. */
    record Booked(Planned planned, BookingState state) {}

    /** Raw operations on the service's Mongo server, through the service's own {@code MongoClient}. */
    private static final class RawStore {
        private final MongoDatabase database;
        private final MongoCollection<Document> events;
        private final MongoCollection<Document> scratch;
        private final MongoCollection<Document> indexed;
        private final Document template;
        private final int templateBytes;
        private long eventsPerClient;

        RawStore(ServiceInstance app) {
            this.database = app.database();
            this.events = database.getCollection(ServiceInstance.EVENTS);
            this.scratch = app.database().getCollection("bench_scratch");
            this.indexed = app.database().getCollection("bench_scratch_indexed");
            drop();
            indexed.createIndex(
                    new Document("aggregateIdentifier", 1).append("sequenceNumber", 1),
                    new IndexOptions().unique(true).name("uniqueAggregateIndex"));
            indexed.createIndex(
                    new Document("timestamp", 1).append("sequenceNumber", 1),
                    new IndexOptions().name("orderedEventStreamIndex"));
            Document booked =
                    events.find(regex("payloadType", "SessionBooked$")).first();
            this.template = booked != null ? booked : events.find().first();
            this.template.remove("_id");
            this.templateBytes = new RawBsonDocument(template, new DocumentCodec())
                    .getByteBuffer()
                    .remaining();
        }

        String documentNote() {
            return String.format(
                    Locale.ROOT,
                    "a copy of a `SessionBooked` event document (%,d bytes BSON) with a" + " new `_id`",
                    templateBytes);
        }

        Stats inserts(int count, int threads, boolean withIndexes) {
            MongoCollection<Document> target = withIndexes ? indexed : scratch;
            return measure(count, threads, i -> {
                Document copy = new Document(template);
                copy.put("_id", new ObjectId());
                copy.put("eventIdentifier", UUID.randomUUID().toString());
                if (withIndexes) {
                    copy.put("aggregateIdentifier", UUID.randomUUID().toString());
                    copy.put("sequenceNumber", 0L);
                }
                target.insertOne(copy);
            });
        }

        Stats finds(int count, BenchChain chain) {
            Random random = new Random(7);
            AtomicLong found = new AtomicLong();
            Stats stats = measure(count, 1, i -> {
                BenchChain.Site site = BenchChain.SITES.get(random.nextInt(BenchChain.SITES.size()));
                String id = site.client(random.nextInt(chain.clientsPerSite())).value();
                List<Document> docs = events.find(and(eq("aggregateIdentifier", id), gte("sequenceNumber", 0L)))
                        .sort(new Document("sequenceNumber", 1))
                        .into(new ArrayList<>());
                found.addAndGet(docs.size());
            });
            eventsPerClient = stats.ok() == 0 ? 0 : found.get() / stats.ok();
            return stats;
        }

        /** Point reads on the {@code bookings} read model, by {@code _id} alone or with a version condition. */
        Stats lookups(int count, List<String> ids, boolean withVersion) {
            MongoCollection<Document> bookings = database.getCollection(ServiceInstance.BOOKINGS);
            Random random = new Random(11);
            return measure(count, 1, i -> {
                String id = ids.get(random.nextInt(ids.size()));
                Document found = bookings.find(
                                withVersion ? and(eq("_id", id), lt("version", Long.MAX_VALUE)) : eq("_id", id))
                        .first();
                if (found == null) {
                    throw new IllegalStateException("booking " + id + " is not in the read model");
                }
            });
        }

        void drop() {
            List<String> existing = database.listCollectionNames().into(new ArrayList<>());
            for (MongoCollection<Document> collection : List.of(scratch, indexed)) {
                if (existing.contains(collection.getNamespace().getCollectionName())) {
                    collection.drop();
                }
            }
        }
    }
}

package com.migrainecare.bench;

import com.migrainecare.bench.core.Log;
import com.migrainecare.bench.core.Stats;
import com.migrainecare.bench.service.ProjectionWatch;
import com.migrainecare.booking.booking.BookingState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Projection lag under a steady load: bookings are started at a fixed rate (open loop, so a slow booking does not
 * slow the load), and for each one the lag is the time from {@code book} returning to the last processor having
 * handled the booking's events (the {@link ProjectionWatch} hook: every processor that handles a booking). Only
 * when the hook could not be installed is a booking looked up in the {@code bookings} read model instead, every
 * 5 ms. One not reported within 60 s counts as a lag of 60 s.
 */
final class LagProbe {

    private static final String BOOKINGS = "bookings";
    private static final long POLL_AFTER = Duration.ofMillis(5).toNanos();
    private static final long GIVE_UP = Duration.ofSeconds(60).toNanos();

    /** What one paced run measured. */
    record Result(
            Stats lag,
            Stats booking,
            double offeredRate,
            double achievedRate,
            int beforeReturn,
            int byPoll,
            int notSeen,
            int missing,
            Map<String, Double> p99ByProcessor) {}

    private record Pending(String id, long returned, long[] lastPoll) {}

    private final DirectMeasurements direct;
    private final ProjectionWatch watch;
    private final MongoTemplate mongo;

    LagProbe(DirectMeasurements direct, ProjectionWatch watch, MongoTemplate mongo) {
        this.direct = direct;
        this.watch = watch;
        this.mongo = mongo;
    }

    Result run(String label, int rate, int seconds) {
        int count = rate * seconds;
        long interval = 1_000_000_000L / rate;
        ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> bookingNanos = new ConcurrentLinkedQueue<>();
        List<Long> lags = new ArrayList<>();
        Map<String, List<Long>> lagsByProcessor = new TreeMap<>();
        List<String> ids = new ArrayList<>();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong lastReturn = new AtomicLong();
        int[] counters = new int[3]; // before return, by poll, not seen
        watch.record(true);
        ExecutorService workers = Executors.newFixedThreadPool(8, r -> new Thread(r, "bench-paced"));
        long start = System.nanoTime();
        Thread observer =
                new Thread(() -> observe(pending, workers, lags, lagsByProcessor, ids, counters), "bench-lag-observer");
        observer.start();
        for (int i = 0; i < count; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait); // the pacing of the load, not a synchronisation
            }
            workers.submit(() -> {
                long t0 = System.nanoTime();
                try {
                    BookingState booked = direct.bookNext();
                    long returned = System.nanoTime();
                    lastReturn.accumulateAndGet(returned, Math::max);
                    bookingNanos.add(returned - t0);
                    pending.add(new Pending(booked.bookingId().value(), returned, new long[] {returned}));
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                }
            });
        }
        long offeredNanos = System.nanoTime() - start;
        workers.shutdown();
        try {
            observer.join(Duration.ofSeconds(seconds + 120L).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long elapsed = System.nanoTime() - start;
        watch.record(false);
        int missing = (int) ids.stream().filter(id -> !inReadModel(id)).count();
        Stats lag = new Stats(lags.size(), 0, elapsed, toArray(lags), List.of(), Double.NaN, Double.NaN);
        Stats booking = new Stats(
                bookingNanos.size(),
                failed.get(),
                elapsed,
                toArray(new ArrayList<>(bookingNanos)),
                List.of(),
                Double.NaN,
                Double.NaN);
        Map<String, Double> p99ByProcessor = new TreeMap<>();
        lagsByProcessor.forEach((processor, values) -> p99ByProcessor.put(
                processor,
                new Stats(values.size(), 0, elapsed, toArray(values), List.of(), Double.NaN, Double.NaN)
                        .percentileMillis(99)));
        Result result = new Result(
                lag,
                booking,
                count / (offeredNanos / 1e9),
                booking.ok() / ((lastReturn.get() - start) / 1e9),
                counters[0],
                counters[1],
                counters[2],
                missing,
                p99ByProcessor);
        Log.info(
                "  %s: %d bookings at %.0f/s offered, %.1f/s completed (%d failed); lag p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
                        + " %d handled before book returned, %d seen by poll, %d not seen, %d missing",
                label,
                booking.ok(),
                result.offeredRate(),
                result.achievedRate(),
                booking.failed(),
                lag.percentileMillis(50),
                lag.percentileMillis(99),
                lag.maxMillis(),
                counters[0],
                counters[1],
                counters[2],
                missing);
        Log.info("    lag p99 by processor: %s", describe(p99ByProcessor));
        return result;
    }

    static String describe(Map<String, Double> p99ByProcessor) {
        return String.join(
                ", ",
                p99ByProcessor.entrySet().stream()
                        .map(entry -> String.format("%s %.1f ms", entry.getKey(), entry.getValue()))
                        .toList());
    }

    private void observe(
            ConcurrentLinkedQueue<Pending> pending,
            ExecutorService workers,
            List<Long> lags,
            Map<String, List<Long>> lagsByProcessor,
            List<String> ids,
            int[] counters) {
        List<Pending> open = new ArrayList<>();
        while (true) {
            for (Pending p = pending.poll(); p != null; p = pending.poll()) {
                open.add(p);
            }
            long now = System.nanoTime();
            for (Iterator<Pending> it = open.iterator(); it.hasNext(); ) {
                Pending p = it.next();
                Long handled = watch.handledAt(p.id());
                if (handled != null) {
                    if (handled < p.returned()) {
                        counters[0]++;
                    }
                    lags.add(Math.max(0, handled - p.returned()));
                    watch.handledBy(p.id()).forEach((processor, at) -> lagsByProcessor
                            .computeIfAbsent(processor, name -> new ArrayList<>())
                            .add(Math.max(0, at - p.returned())));
                } else if (!watch.hooked() && now - p.lastPoll()[0] >= POLL_AFTER && inReadModel(p.id())) {
                    counters[1]++;
                    lags.add(System.nanoTime() - p.returned());
                } else if (now - p.returned() > GIVE_UP) {
                    counters[2]++;
                    lags.add(GIVE_UP);
                } else {
                    if (now - p.lastPoll()[0] >= POLL_AFTER) {
                        p.lastPoll()[0] = now;
                    }
                    continue;
                }
                ids.add(p.id());
                it.remove();
            }
            if (open.isEmpty() && pending.isEmpty() && workers.isTerminated()) {
                return;
            }
            LockSupport.parkNanos(200_000); // the observer's polling interval
        }
    }

    private boolean inReadModel(String id) {
        // a find by _id: the embedded store answers it from the index, while exists() counts through the collection
        return mongo.findById(id, Document.class, BOOKINGS) != null;
    }

    private static long[] toArray(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }
}

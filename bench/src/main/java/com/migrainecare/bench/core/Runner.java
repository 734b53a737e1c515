package com.migrainecare.bench.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one measurement: at most {@code count} operations on {@code threads} threads, and no new operation once
 * {@code limit} has passed. Each operation is timed, and so is the whole; a line of progress is printed every
 * five seconds while it runs.
 */
public final class Runner {

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

    /** One operation of a measurement, given its number. */
    @FunctionalInterface
    public interface Op {
        void run(int i) throws Exception;
    }

    private Runner() {}

    public static Stats run(String label, int count, int threads, Duration limit, Op op) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long[] latencies = new long[count];
        Arrays.fill(latencies, -1);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement();
                    i < count && System.nanoTime() < deadline;
                    i = next.getAndIncrement()) {
                long t0 = System.nanoTime();
                try {
                    op.run(i);
                    latencies[i] = System.nanoTime() - t0;
                } catch (Exception | AssertionError e) {
                    if (failed.incrementAndGet() <= 5) {
                        failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                }
                done.incrementAndGet();
            }
        };
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "bench-progress");
            thread.setDaemon(true);
            return thread;
        });
        progress.scheduleAtFixedRate(
                () -> Log.info(
                        "  %s: %d of %d done (%d failed), %.1f/s",
                        label, done.get(), count, failed.get(), done.get() / ((System.nanoTime() - start) / 1e9)),
                PROGRESS_EVERY.toMillis(),
                PROGRESS_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        CpuMeter.Reading cpu = CpuMeter.read();
        try {
            runOn(threads, worker);
        } finally {
            progress.shutdownNow();
        }
        long elapsed = System.nanoTime() - start;
        CpuMeter.Reading after = CpuMeter.read();
        long[] ok = Arrays.stream(latencies).filter(l -> l >= 0).toArray();
        Stats stats = new Stats(
                ok.length,
                failed.get(),
                elapsed,
                ok,
                new ArrayList<>(failures),
                CpuMeter.ownBetween(cpu, after),
                CpuMeter.othersBetween(cpu, after));
        Log.info(
                "  %s: %.1f/s (%d ok, %d failed in %.1f s), p50 %.1f ms, p99 %.1f ms%s",
                label,
                stats.perSecond(),
                stats.ok(),
                stats.failed(),
                stats.seconds(),
                stats.percentileMillis(50),
                stats.percentileMillis(99),
                stats.failed() > 0 ? ", e.g. " + stats.firstFailures() : "");
        return stats;
    }

    private static void runOn(int threads, Runnable worker) {
        if (threads == 1) {
            worker.run();
            return;
        }
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(worker, "bench-worker-" + t);
            thread.start();
            running.add(thread);
        }
        for (Thread thread : running) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while measuring", e);
            }
        }
    }
}

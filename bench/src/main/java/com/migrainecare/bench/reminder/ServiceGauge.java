package com.migrainecare.bench.reminder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Reads the notification service once a second from outside: its heap in use (Micrometer's
 * {@code jvm_memory_used_bytes}, area heap, at {@code /actuator/prometheus}), its reminder counters, and the CPU
 * its process used ({@code /proc/<pid>/stat}). Keeps the highest heap seen.
 */
final class ServiceGauge implements AutoCloseable {

    /** One reading: heap in use, reminders sent / skipped / failed so far, the service's CPU ticks. */
    record Reading(double heapBytes, double afterGcPercent, long sent, long skipped, long failed, long cpuTicks) {}

    private final NotificationProcess service;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "service-gauge");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Reading last = new Reading(0, 0, 0, 0, 0, 0);
    private volatile double maxHeapBytes;
    private volatile double maxAfterGcPercent;

    ServiceGauge(NotificationProcess service) {
        this.service = service;
        timer.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
    }

    Reading last() {
        return last;
    }

    double maxHeapMegabytes() {
        return maxHeapBytes / (1024 * 1024);
    }

    double maxAfterGcPercent() {
        return maxAfterGcPercent;
    }

    /** Reads now (not waiting for the next second). */
    Reading sample() {
        String text = service.get("/actuator/prometheus");
        if (text.isEmpty()) {
            return last;
        }
        Reading reading = new Reading(
                sum(text, "jvm_memory_used_bytes{", "area=\"heap\""),
                100 * sum(text, "jvm_memory_usage_after_gc", "area=\"heap\""),
                (long) sum(text, "reminders_sent_total{", ""),
                (long) sum(text, "reminders_skipped_total{", ""),
                (long) sum(text, "reminders_failed_total{", ""),
                cpuTicks(service.pid()));
        maxHeapBytes = Math.max(maxHeapBytes, reading.heapBytes());
        maxAfterGcPercent = Math.max(maxAfterGcPercent, reading.afterGcPercent());
        last = reading;
        return reading;
    }

    private static double sum(String exposition, String prefix, String label) {
        return exposition
                .lines()
                .filter(line -> line.startsWith(prefix) && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** utime + stime of the process, in clock ticks (100 a second), or -1 off Linux. */
    static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

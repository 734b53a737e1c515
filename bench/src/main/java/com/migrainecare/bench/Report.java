package com.migrainecare.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The results of one run as Markdown: a header, the main table, a preload-progress table and notes. */
final class Report {

    private final List<String> header = new ArrayList<>();
    private final List<String> rows = new ArrayList<>();
    private final List<String> progress = new ArrayList<>();
    private final List<String> ratios = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void header(String line) {
        header.add(line);
    }

    /** A measured row: throughput and latency of {@code stats}. */
    void row(String id, String what, String config, long eventsBefore, Stats stats, String unit, String note) {
        String failures = stats.failed() == 0 ? "" : " (" + stats.failed() + " failed)";
        rows.add(String.format(
                Locale.ROOT,
                "| %s | %s | %s | %,d | %,d%s | %.1f | %,.1f %s | %s | %s | %s | %s | %s |",
                id,
                what,
                config,
                eventsBefore,
                stats.ok(),
                failures,
                stats.seconds(),
                stats.perSecond(),
                unit,
                ms(stats.percentileMillis(50)),
                ms(stats.percentileMillis(95)),
                ms(stats.percentileMillis(99)),
                cores(stats),
                note));
    }

    /** A row that is a single figure (a duration, a count), not a rate. */
    void figure(String id, String what, String config, long events, String value, String note) {
        rows.add(String.format(
                Locale.ROOT, "| %s | %s | %s | %,d | | | %s | | | | | %s |", id, what, config, events, value, note));
    }

    void progress(long from, long to, long eventsAfter, Stats chunk) {
        progress.add(String.format(
                Locale.ROOT,
                "| %,d-%,d | %,d | %,.1f | %s | %s | %s |",
                from,
                to,
                eventsAfter,
                chunk.perSecond(),
                ms(chunk.percentileMillis(50)),
                ms(chunk.percentileMillis(99)),
                cores(chunk)));
    }

    void ratio(String what, double value, String note) {
        ratios.add(String.format(Locale.ROOT, "| %s | %.3f | %s |", what, value, note));
    }

    void note(String line) {
        notes.add(line);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Booking benchmark results\n\n");
        header.forEach(line -> md.append(line).append('\n'));
        md.append('\n');
        md.append("| # | measurement | configuration | events in store before | ops | time (s) | throughput"
                + " | p50 ms | p95 ms | p99 ms | CPU cores: this JVM / other processes | notes |\n");
        md.append("|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|---|\n");
        rows.forEach(row -> md.append(row).append('\n'));
        if (!ratios.isEmpty()) {
            md.append("\n## Ratios (same run)\n\n| ratio | value | how |\n|---|--:|---|\n");
            ratios.forEach(row -> md.append(row).append('\n'));
        }
        if (!progress.isEmpty()) {
            md.append("\n## Preload progress (cache on, 1 thread, projections live)\n\n");
            md.append(
                    "| bookings | events in store after | bookings/s | p50 ms | p99 ms | CPU cores: this JVM / others |\n");
            md.append("|---|--:|--:|--:|--:|--:|\n");
            progress.forEach(row -> md.append(row).append('\n'));
        }
        if (!notes.isEmpty()) {
            md.append("\n## Notes\n\n");
            notes.forEach(line -> md.append("- ").append(line).append('\n'));
        }
        return md.toString();
    }

    void write(Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, markdown());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String cores(Stats stats) {
        if (Double.isNaN(stats.ownCores()) || Double.isNaN(stats.otherCores()) || stats.seconds() < 1) {
            return "";
        }
        return String.format(Locale.ROOT, "%.2f / %.2f", stats.ownCores(), stats.otherCores());
    }

    private static String ms(double millis) {
        return Double.isNaN(millis) ? "" : String.format(Locale.ROOT, "%.1f", millis);
    }
}

package com.migrainecare.bench.report;

import com.migrainecare.bench.report.Results.Ratio;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The results as Markdown tables: booking by store size, the targets, HTTP against the baseline, every figure. */
public final class Markdown {

    private final Results results;
    private final StringBuilder out = new StringBuilder();

    public Markdown(Results results) {
        this.results = results;
    }

    public String render(List<Long> levels) {
        out.append("# Booking benchmark results\n\n");
        results.run().forEach((k, v) -> line("- " + k + ": " + v));
        out.append('\n');
        levels(levels);
        targets();
        http();
        figures();
        return out.toString();
    }

    public void write(Path file, List<Long> levels) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, render(levels));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private void levels(List<Long> levels) {
        line("## Booking by events in the store (in process, every projection live)\n");
        line("| events in store | book, 1 thread | book, 8 threads | events per booking | raw insert 1 / 8 thr"
                + " | one-event command 1 / 8 thr | book ÷ command 1 / 8 | book ÷ raw insert 1 / 8"
                + " | availability 1 day p50 / p95 | other processes' cores (book 1 / 8) |");
        line("|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        for (long level : levels) {
            String p = "level." + level + ".";
            Optional<Figure> book1 = results.figure(p + "book1");
            if (book1.isEmpty()) {
                continue;
            }
            line(String.format(
                    Locale.ROOT,
                    "| %,d | %s | %s | %s | %s / %s | %s / %s | %s / %s | %s / %s | %s / %s ms | %s / %s |",
                    book1.get().eventsInStore(),
                    rate(p + "book1"),
                    rate(p + "book8"),
                    results.fact(p + "eventsPerBooking").map(Markdown::number).orElse("?"),
                    rate(p + "raw1"),
                    rate(p + "raw8"),
                    rate(p + "probe1"),
                    rate(p + "probe8"),
                    ratio(p + "bookPerCommand1"),
                    ratio(p + "bookPerCommand8"),
                    ratio(p + "bookPerInsert1"),
                    ratio(p + "bookPerInsert8"),
                    millis(p + "search", 50),
                    millis(p + "search", 95),
                    others(p + "book1"),
                    others(p + "book8")));
        }
        out.append('\n');
    }

    private void targets() {
        line("## Ratios and targets\n");
        line("| ratio | value | target | met | how |");
        line("|---|--:|---|---|---|");
        for (Map.Entry<String, Ratio> entry : results.ratios().entrySet()) {
            Ratio r = entry.getValue();
            line(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s |",
                    r.label(),
                    number(r.value()),
                    r.target() == null ? "" : r.target(),
                    r.met() == null ? "" : r.met() ? "yes" : "**no**",
                    r.how()));
        }
        out.append('\n');
    }

    private void http() {
        line("## Over HTTP: the booking service and the baseline (same client, same run)\n");
        line("| measurement | booking service | baseline | ours ÷ baseline |");
        line("|---|--:|--:|--:|");
        httpRow("bookings/s, sequential", "sequential", true);
        httpRow("bookings/s, 8-thread burst", "burst", true);
        httpRow("availability, 1 day, p50 ms", "availability", false, 50);
        httpRow("availability, 1 day, p95 ms", "availability", false, 95);
        httpRow("GET /api/locations with Basic, p50 ms", "authenticatedGet", false, 50);
        httpRow("GET /actuator/health/liveness anonymous, p50 ms", "anonymousGet", false, 50);
        httpRow("GET /api/locations without credentials (401), p50 ms", "unauthorizedGet", false, 50);
        httpRow("GET /api/locations with Bearer, p50 ms", "bearerGet", false, 50);
        out.append('\n');
    }

    private void httpRow(String label, String key, boolean rate, double... percentile) {
        Optional<Figure> ours = results.figure("http.ours." + key);
        Optional<Figure> base = results.figure("http.baseline." + key);
        if (ours.isEmpty() && base.isEmpty()) {
            return;
        }
        double a = ours.map(f -> rate ? f.perSecond() : pick(f, percentile[0])).orElse(Double.NaN);
        double b = base.map(f -> rate ? f.perSecond() : pick(f, percentile[0])).orElse(Double.NaN);
        line(String.format(Locale.ROOT, "| %s | %s | %s | %s |", label, number(a), number(b), number(a / b)));
    }

    private void figures() {
        line("## Every figure\n");
        line("| key | measurement | events in store | per second | p50 / p95 / p99 ms | ok / failed | s"
                + " | cores: bench JVM / others | note |");
        line("|---|---|--:|--:|---|--:|--:|---|---|");
        results.figuresView()
                .forEach((key, f) -> line(String.format(
                        Locale.ROOT,
                        "| %s | %s | %,d | %s | %s / %s / %s | %d / %d | %.1f | %s / %s | %s |",
                        key,
                        f.label(),
                        f.eventsInStore(),
                        number(f.perSecond()),
                        number(f.p50Millis()),
                        number(f.p95Millis()),
                        number(f.p99Millis()),
                        f.ok(),
                        f.failed(),
                        f.seconds(),
                        number(f.ownCores()),
                        number(f.otherCores()),
                        f.note() == null ? "" : f.note())));
        out.append('\n');
    }

    private String rate(String key) {
        return results.figure(key).map(f -> number(f.perSecond())).orElse("–");
    }

    private String others(String key) {
        return results.figure(key).map(f -> number(f.otherCores())).orElse("–");
    }

    private String millis(String key, double percentile) {
        return results.figure(key).map(f -> number(pick(f, percentile))).orElse("–");
    }

    private String ratio(String key) {
        Ratio r = results.ratios().get(key);
        return r == null ? "–" : number(r.value());
    }

    private static double pick(Figure f, double percentile) {
        return percentile >= 99 ? f.p99Millis() : percentile >= 95 ? f.p95Millis() : f.p50Millis();
    }

    static String number(Object value) {
        if (!(value instanceof Number n) || Double.isNaN(n.doubleValue()) || Double.isInfinite(n.doubleValue())) {
            return "–";
        }
        double d = n.doubleValue();
        if (Math.abs(d) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", d);
        }
        if (Math.abs(d) >= 10) {
            return String.format(Locale.ROOT, "%.1f", d);
        }
        return String.format(Locale.ROOT, Math.abs(d) >= 1 ? "%.2f" : "%.3f", d);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}

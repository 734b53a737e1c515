package com.migrainecare.bench.reminder;

import com.migrainecare.bench.report.Results;
import com.migrainecare.bench.report.Results.Ratio;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The results of one reminder run as Markdown: the run, the facts, the target. */
final class ReminderReport {

    private final Results results;

    ReminderReport(Results results) {
        this.results = results;
    }

    String render() {
        StringBuilder out = new StringBuilder("# Reminder benchmark results\n\n");
        results.run()
                .forEach((k, v) ->
                        out.append("- ").append(k).append(": ").append(v).append('\n'));
        out.append("\n| figure | value |\n|---|--:|\n");
        results.fact("statuses")
                .ifPresent(v -> out.append("| statuses | ").append(v).append(" |\n"));
        for (String key : new String[] {
            "latenessP50Millis",
            "latenessP90Millis",
            "latenessP99Millis",
            "latenessMaxMillis",
            "latenessMeanMillis",
            "handedOverPerSecond",
            "serviceHeapMaxUsedMB",
            "serviceHeapMaxAfterGcPercent",
            "serviceCores",
            "benchmarkCores",
            "otherProcessesCores",
            "tasksLeft"
        }) {
            results.fact(key).ifPresent(v -> out.append("| ")
                    .append(key)
                    .append(" | ")
                    .append(format(v))
                    .append(" |\n"));
        }
        out.append('\n');
        for (Ratio ratio : results.ratios().values()) {
            out.append(String.format(
                    Locale.ROOT,
                    "- target: %s = %.1f (%s %s): %s%n",
                    ratio.label(),
                    ratio.value(),
                    ratio.target(),
                    ratio.how(),
                    Boolean.TRUE.equals(ratio.met()) ? "met" : "not met"));
        }
        return out.toString();
    }

    void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, render());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String format(Object value) {
        return value instanceof Double d ? String.format(Locale.ROOT, "%,.1f", d) : String.valueOf(value);
    }
}

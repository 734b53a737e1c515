package com.migrainecare.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a run measured, by key ({@code level.50000.book1}, {@code http.ours.burst}, ...): facts about the run,
 * figures, and ratios with their targets. Written after every phase, so an interrupted run leaves what it had.
 */
public final class Results {

    /** A ratio of two figures, with the target it is held to (if any) and whether it met it. */
    public record Ratio(String label, double value, String how, String target, Boolean met) {}

    private final Map<String, Object> run = new LinkedHashMap<>();
    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private final Map<String, Object> facts = new LinkedHashMap<>();
    private final Map<String, Ratio> ratios = new LinkedHashMap<>();

    public void run(String key, Object value) {
        run.put(key, value);
    }

    public void figure(String key, Figure figure) {
        figures.put(key, figure);
    }

    public void fact(String key, Object value) {
        facts.put(key, value);
    }

    public void ratio(String key, String label, double value, String how) {
        ratios.put(key, new Ratio(label, value, how, null, null));
    }

    /** A ratio held to {@code value >= min} (or {@code <= max} when {@code atMost}). */
    public void target(String key, String label, double value, String how, double bound, boolean atMost) {
        boolean met = !Double.isNaN(value) && (atMost ? value <= bound : value >= bound);
        ratios.put(key, new Ratio(label, value, how, (atMost ? "<= " : ">= ") + bound, met));
    }

    public Optional<Figure> figure(String key) {
        return Optional.ofNullable(figures.get(key));
    }

    public Optional<Object> fact(String key) {
        return Optional.ofNullable(facts.get(key));
    }

    public Map<String, Figure> figuresView() {
        return figures;
    }

    public Map<String, Object> run() {
        return run;
    }

    public Map<String, Ratio> ratios() {
        return ratios;
    }

    public void writeJson(Path file) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("run", run);
        all.put("facts", facts);
        all.put("figures", figures);
        all.put("ratios", ratios);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), sanitized(all));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** JSON has no NaN: unknown numbers become null. */
    private static Object sanitized(Object value) {
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, sanitized(v)));
            return copy;
        }
        if (value instanceof Figure f) {
            return sanitized(new ObjectMapper().convertValue(f, Map.class));
        }
        if (value instanceof Ratio r) {
            return sanitized(new ObjectMapper().convertValue(r, Map.class));
        }
        return value;
    }
}

package com.migrainecare.bench.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A fresh temporary data directory for one run, deleted when the JVM exits unless it is to be kept. */
public final class TempData {

    private TempData() {}

    public static Path create(String prefix, boolean keep) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            if (!keep) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "bench-cleanup"));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            Log.info("could not delete %s: %s", dir, e.getMessage());
        }
    }
}

package com.migrainecare.bench.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What the run ran on: CPU model and count, memory, the JVM, and how busy the machine was when it began. */
public final class Machine {

    private Machine() {}

    public static Map<String, Object> describe() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("cpu", firstValue("/proc/cpuinfo", "model name"));
        facts.put("cpuMHz", firstValue("/proc/cpuinfo", "cpu MHz"));
        facts.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        facts.put("memTotal", firstValue("/proc/meminfo", "MemTotal"));
        facts.put("loadAverageAtStart", read("/proc/loadavg").map(s -> s.trim()).orElse("unknown"));
        facts.put(
                "jvm",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + ", max heap "
                        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        facts.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return facts;
    }

    private static String firstValue(String file, String key) {
        return read(file)
                .flatMap(text -> text.lines()
                        .filter(line -> line.startsWith(key))
                        .map(line -> line.substring(line.indexOf(':') + 1).trim())
                        .findFirst())
                .orElse("unknown");
    }

    private static Optional<String> read(String file) {
        try {
            return Optional.of(String.join("\n", Files.readAllLines(Path.of(file))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

package com.migrainecare.bench.core;

import java.util.Locale;

/** Progress lines on standard output, stamped with the seconds since the run started. */
public final class Log {

    private static final long STARTED = System.nanoTime();

    private Log() {}

    public static void info(String format, Object... args) {
        System.out.printf(
                Locale.ROOT, "[bench %6.1fs] %s%n", elapsedSeconds(), String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    public static double elapsedSeconds() {
        return (System.nanoTime() - STARTED) / 1e9;
    }
}

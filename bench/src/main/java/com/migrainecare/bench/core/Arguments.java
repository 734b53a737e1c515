package com.migrainecare.bench.core;

import java.util.HashMap;
import java.util.Map;

/**
 * Command-line options {@code --name=value} ({@code --flag} alone means {@code true}), each also readable as the
 * system property {@code bench.name}; an argument wins over the property.
 */
public final class Arguments {

    private final Map<String, String> given;

    private Arguments(Map<String, String> given) {
        this.given = given;
    }

    public static Arguments parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + arg + " (use --name=value)");
            }
            String body = arg.substring(2);
            int eq = body.indexOf('=');
            given.put(eq < 0 ? body : body.substring(0, eq), eq < 0 ? "true" : body.substring(eq + 1));
        }
        return new Arguments(given);
    }

    public String value(String name, String fallback) {
        String argument = given.get(name);
        if (argument != null) {
            return argument;
        }
        return System.getProperty("bench." + name, fallback);
    }

    public boolean flag(String name, boolean fallback) {
        return Boolean.parseBoolean(value(name, Boolean.toString(fallback)));
    }

    public int intValue(String name, int fallback) {
        return (int) longValue(name, fallback);
    }

    public long longValue(String name, long fallback) {
        String text = value(name, Long.toString(fallback));
        try {
            return Long.parseLong(text.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " needs a number, not " + text, e);
        }
    }
}

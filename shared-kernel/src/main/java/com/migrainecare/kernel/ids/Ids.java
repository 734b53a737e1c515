package com.migrainecare.kernel.ids;

import java.util.regex.Pattern;

/** Validation shared by the typed ids: ids become Mongo keys and path segments, so dots and slashes are out. */
final class Ids {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private Ids() {}

    static String requireValid(String value, String kind) {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("not a valid " + kind + " id: " + value);
        }
        return value;
    }
}

package com.migrainecare.kernel.ids;

import java.util.regex.Pattern;

/** Validation shared by the typed ids: ids become Mongo keys and path segments, so dots and slashes are out. */
public final class Ids {

    /** Every id, as a regular expression: what the API documents and validates for path and query ids. */
    public static final String PATTERN = "[A-Za-z0-9_-]{1,64}";

    private static final Pattern VALID = Pattern.compile(PATTERN);

    private Ids() {}

    static String requireValid(String value, String kind) {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("not a valid " + kind + " id: " + value);
        }
        return value;
    }
}

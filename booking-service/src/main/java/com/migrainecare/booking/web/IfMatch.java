package com.migrainecare.booking.web;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;

/** A resource's version travels as a strong ETag ({@code "3"}) and comes back in If-Match. */
public final class IfMatch {

    private IfMatch() {}

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version named by an If-Match header, or null when there is none (or it is {@code *}). */
    public static Long version(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new RuleViolation(ErrorCode.VERSION_MISMATCH, "If-Match must carry a version this API issued");
        }
    }
}

package com.migrainecare.platform.security;

import java.util.List;

/**
 * Paths a service answers without a login because the path itself is the credential (a calendar feed's secret
 * link). Everything else stays behind HTTP Basic or a bearer token; the response headers and problems are the same.
 */
public record PublicPaths(List<String> patterns) {

    public PublicPaths {
        patterns = List.copyOf(patterns);
    }
}

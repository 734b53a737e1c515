package com.migrainecare.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a correct HTTP Basic password is remembered (zero turns remembering off), and for how many users at
 * most.
 */
@ConfigurationProperties("clinic.security.login-cache")
public record LoginCacheProperties(Duration ttl, Integer maxEntries) {

    public static final Duration DEFAULT_TTL = Duration.ofMinutes(5);
    public static final int DEFAULT_MAX_ENTRIES = 256;

    public LoginCacheProperties {
        ttl = ttl == null ? DEFAULT_TTL : ttl;
        maxEntries = maxEntries == null ? DEFAULT_MAX_ENTRIES : maxEntries;
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("clinic.security.login-cache.ttl must not be negative");
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("clinic.security.login-cache.max-entries must be at least 1");
        }
    }
}

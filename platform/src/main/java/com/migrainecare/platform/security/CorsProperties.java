package com.migrainecare.platform.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The origins (scheme, host and port, as {@code https://desk.example.org}) whose pages may call the API from a
 * browser, and how long a browser may keep the answer to a preflight. No origins (the default): no CORS at all.
 */
@ConfigurationProperties("clinic.security.cors")
public record CorsProperties(List<String> allowedOrigins, Duration maxAge) {

    public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(30);

    public CorsProperties {
        allowedOrigins = allowedOrigins == null
                ? List.of()
                : allowedOrigins.stream()
                        .filter(origin -> origin != null && !origin.isBlank())
                        .map(String::strip)
                        .toList();
        maxAge = maxAge == null ? DEFAULT_MAX_AGE : maxAge;
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("clinic.security.cors.max-age must not be negative");
        }
        allowedOrigins.stream()
                .filter(origin -> origin.endsWith("/") || !origin.contains("://"))
                .findFirst()
                .ifPresent(origin -> {
                    throw new IllegalArgumentException("clinic.security.cors.allowed-origins: '" + origin
                            + "' is not an origin (scheme://host[:port], without a path)");
                });
    }

    public boolean enabled() {
        return !allowedOrigins.isEmpty();
    }
}

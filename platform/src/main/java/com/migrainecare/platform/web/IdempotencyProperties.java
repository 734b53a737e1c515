package com.migrainecare.platform.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a request may hold its {@code Idempotency-Key} unanswered ({@code clinic.http.idempotency.pending-expiry},
 * default two minutes). A claim older than that belongs to a request that died half-way, and a retry with the
 * same key and body runs again; until then a retry is told the first one is still running.
 */
@ConfigurationProperties("clinic.http.idempotency")
public record IdempotencyProperties(Duration pendingExpiry) {

    public static final Duration DEFAULT_PENDING_EXPIRY = Duration.ofMinutes(2);

    public IdempotencyProperties {
        pendingExpiry = pendingExpiry == null ? DEFAULT_PENDING_EXPIRY : pendingExpiry;
        if (pendingExpiry.isNegative() || pendingExpiry.isZero()) {
            throw new IllegalArgumentException("clinic.http.idempotency.pending-expiry must be positive");
        }
    }
}

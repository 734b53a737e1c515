package com.migrainecare.booking.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gapSettle}: how long a missing global index below an event holds up that event's link in the hash
 * chain (an append still in flight in another transaction) before it is taken for a rolled-back insert that
 * will never appear; the same span as the event store's own gap timeout by default.
 */
@ConfigurationProperties("clinic.audit")
public record AuditProperties(Duration gapSettle) {

    public AuditProperties {
        gapSettle = gapSettle == null ? Duration.ofSeconds(60) : gapSettle;
    }
}

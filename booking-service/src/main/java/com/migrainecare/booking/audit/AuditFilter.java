package com.migrainecare.booking.audit;

import java.time.Instant;

/**
 * Filters of the audit log; null means any. {@code from} / {@code to} are a half-open window on the event's
 * time; {@code asOf} shows the log as it stood at that instant (events recorded at or before it).
 */
public record AuditFilter(
        String locationId,
        String therapistId,
        String clientId,
        String bookingId,
        String roomId,
        String actor,
        String type,
        Instant from,
        Instant to,
        Instant asOf) {}

package com.migrainecare.booking.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event of the store as the audit log shows it: its global index ({@code seq}, the {@code _id}), who did
 * it and why, the request behind it, the ids it concerns and what changed. Never the content of an intake or
 * other health data: for those only that they were recorded.
 */
@Document(AuditEntry.COLLECTION)
public record AuditEntry(
        @Id long seq,
        String eventId,
        String type,
        String aggregateId,
        long aggregateSeq,
        Instant at,
        String actor,
        String reason,
        String requestId,
        String correlationId,
        List<String> locationIds,
        List<String> therapistIds,
        List<String> clientIds,
        List<String> bookingIds,
        List<String> roomIds,
        String summary,
        List<Change> changes) {

    static final String COLLECTION = "audit_events";

    /** One field an event changed; {@code from} is null for a value set for the first time. */
    public record Change(String field, String from, String to) {}
}

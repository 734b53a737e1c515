package com.migrainecare.booking.audit;

import java.time.Instant;

/** One row of {@code DomainEventEntry}, exactly as stored (payload and metadata are the serialised bytes). */
record StoredEvent(
        long globalIndex,
        String eventIdentifier,
        String aggregateIdentifier,
        long sequenceNumber,
        String aggregateType,
        String payloadType,
        String payloadRevision,
        String timeStamp,
        byte[] payload,
        byte[] metaData) {

    Instant at() {
        return Instant.parse(timeStamp);
    }

    /** The payload type without its package, as the audit log names event types. */
    String simpleType() {
        String name = payloadType.substring(payloadType.lastIndexOf('.') + 1);
        return name.substring(name.lastIndexOf('$') + 1);
    }
}

package com.migrainecare.booking.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.migrainecare.booking.audit.EventDescriptions.Description;
import com.migrainecare.platform.axon.AxonStoreConfiguration;
import com.migrainecare.platform.security.Actors;
import com.migrainecare.platform.store.BatchedWrites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The {@code audit_events} read model: one document per event of the store, the events the notification
 * service appends included (the store is shared), keyed by the event's global index.
 *
 * <p>The index is read from the event's own {@code DomainEventEntry} row, by its identifier: the processor's
 * gap-aware token only names the highest index seen, which is not the handled event's when that event fills
 * a gap. Saving by {@code _id} makes a replay or a redelivery write the same document again. The entries of a
 * processor batch go to the store together when it commits ({@link BatchedWrites}).
 */
@Component
@ProcessingGroup(AuditProjection.PROCESSOR)
class AuditProjection {

    static final String PROCESSOR = "audit";

    private static final ObjectMapper JSON = AxonStoreConfiguration.messageMapper();

    private final MongoTemplate mongo;
    private final BatchedWrites writes;
    private final EventRows rows;

    AuditProjection(MongoTemplate mongo, BatchedWrites writes, EventRows rows) {
        this.mongo = mongo;
        this.writes = writes;
        this.rows = rows;
        ensureIndexes();
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event) {
        StoredEvent row = rows.byIdentifier(event.getIdentifier())
                .orElseThrow(() -> new IllegalStateException("event not in the store: " + event.getIdentifier()));
        writes.save(entry(row, payload, event.getMetaData()));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(AuditEntry.COLLECTION);
        ensureIndexes();
    }

    static AuditEntry entry(StoredEvent row, Object payload, MetaData metaData) {
        ConcernedIds ids = ConcernedIds.in(tree(row.payload()));
        Description description = EventDescriptions.of(payload, row.simpleType());
        return new AuditEntry(
                row.globalIndex(),
                row.eventIdentifier(),
                row.simpleType(),
                row.aggregateIdentifier(),
                row.sequenceNumber(),
                // the read models keep milliseconds; every as-of comparison is made at that precision
                row.at().truncatedTo(ChronoUnit.MILLIS),
                text(metaData, AxonStoreConfiguration.ACTOR, Actors.SYSTEM),
                text(metaData, AxonStoreConfiguration.REASON, null),
                text(metaData, AxonStoreConfiguration.REQUEST_ID, null),
                text(metaData, AxonStoreConfiguration.CORRELATION_ID, null),
                ids.locationIds(),
                ids.therapistIds(),
                ids.clientIds(),
                ids.bookingIds(),
                ids.roomIds(),
                description.summary(),
                description.changes());
    }

    private static JsonNode tree(byte[] payload) {
        try {
            return JSON.readTree(payload);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String text(MetaData metaData, String key, String fallback) {
        Object value = metaData.get(key);
        return value == null ? fallback : value.toString();
    }

    private void ensureIndexes() {
        var indexes = mongo.indexOps(AuditEntry.COLLECTION);
        for (String field : new String[] {"locationIds", "therapistIds", "clientIds", "bookingIds", "roomIds"}) {
            indexes.ensureIndex(new Index().on(field, Sort.Direction.ASC));
        }
        indexes.ensureIndex(new Index().on("at", Sort.Direction.ASC));
    }
}

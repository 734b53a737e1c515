package com.migrainecare.platform.axon;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of the event-sourced side. {@code aggregateCacheSize}: aggregates kept in memory;
 * {@code snapshotThreshold}: events after which a snapshot is taken; {@code tokenClaimTimeout}: how long a
 * processor's claim on a segment lasts without a heartbeat; {@code fetchDelay}: how often the event store
 * looks for events that another process appended (events appended in this process wake the processors at
 * once); {@code readBatchSize}: events fetched by one read of the stream. The gap settings tell the JDBC
 * engine how long a missing global index may stay a gap (an append still in flight in another transaction)
 * before it is given up as the number of a rolled-back insert: {@code gapTimeout}, {@code maxGapOffset} (how
 * far ahead of the token a gap is tracked) and {@code gapCleaningThreshold} (the number of gaps after which
 * the token is cleaned of timed-out ones).
 */
@ConfigurationProperties("clinic.axon")
public record AxonStoreProperties(
        Integer aggregateCacheSize,
        Integer snapshotThreshold,
        Duration tokenClaimTimeout,
        Duration fetchDelay,
        Integer readBatchSize,
        Duration gapTimeout,
        Integer maxGapOffset,
        Integer gapCleaningThreshold) {

    public AxonStoreProperties {
        aggregateCacheSize = aggregateCacheSize == null ? 20_000 : aggregateCacheSize;
        snapshotThreshold = snapshotThreshold == null ? 100 : snapshotThreshold;
        tokenClaimTimeout = tokenClaimTimeout == null ? Duration.ofSeconds(10) : tokenClaimTimeout;
        fetchDelay = fetchDelay == null ? Duration.ofMillis(50) : fetchDelay;
        readBatchSize = readBatchSize == null ? 100 : readBatchSize;
        gapTimeout = gapTimeout == null ? Duration.ofSeconds(60) : gapTimeout;
        maxGapOffset = maxGapOffset == null ? 10_000 : maxGapOffset;
        gapCleaningThreshold = gapCleaningThreshold == null ? 250 : gapCleaningThreshold;
    }
}

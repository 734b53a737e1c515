package com.migrainecare.platform.axon;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of the event-sourced side: how many aggregates stay cached, after how many events a snapshot is
 * taken, how long a processor's claim on a token segment lasts without a heartbeat, the least time between
 * two reads of the event stream by the processors (zero: read after every commit), and how many events one
 * read fetches.
 */
@ConfigurationProperties("clinic.axon")
public record AxonStoreProperties(
        Integer aggregateCacheSize,
        Integer snapshotThreshold,
        Duration tokenClaimTimeout,
        Duration tailReadInterval,
        Integer readBatchSize) {

    public AxonStoreProperties {
        tailReadInterval = tailReadInterval == null ? Duration.ofMillis(500) : tailReadInterval;
        readBatchSize = readBatchSize == null ? 500 : readBatchSize;
        aggregateCacheSize = aggregateCacheSize == null ? 20_000 : aggregateCacheSize;
        snapshotThreshold = snapshotThreshold == null ? 200 : snapshotThreshold;
        tokenClaimTimeout = tokenClaimTimeout == null ? Duration.ofSeconds(10) : tokenClaimTimeout;
    }
}

package com.migrainecare.platform.axon;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of the event-sourced side: how many aggregates stay cached, after how many events a snapshot is
 * taken, and how long a processor's claim on a token segment lasts without a heartbeat.
 */
@ConfigurationProperties("clinic.axon")
public record AxonStoreProperties(Integer aggregateCacheSize, Integer snapshotThreshold, Duration tokenClaimTimeout) {

    public AxonStoreProperties {
        aggregateCacheSize = aggregateCacheSize == null ? 20_000 : aggregateCacheSize;
        snapshotThreshold = snapshotThreshold == null ? 200 : snapshotThreshold;
        tokenClaimTimeout = tokenClaimTimeout == null ? Duration.ofSeconds(10) : tokenClaimTimeout;
    }
}

package com.migrainecare.bench.service;

import com.migrainecare.bench.core.Log;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** The service's streaming event processors: whether they are at the head of the store, and moving them there. */
public final class Processors {

    private static final Duration REPORT_EVERY = Duration.ofSeconds(10);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;

    public Processors(ServiceInstance service) {
        this.processing = service.bean(EventProcessingConfiguration.class);
        this.eventStore = service.bean(EventStore.class);
        this.tokenStore = service.bean(TokenStore.class);
        this.transactions = service.bean(TransactionManager.class);
    }

    public List<String> names() {
        return streaming().stream().map(EventProcessor::getName).sorted().toList();
    }

    public List<StreamingEventProcessor> streaming() {
        List<StreamingEventProcessor> result = new ArrayList<>();
        for (EventProcessor processor : processing.eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming) {
                result.add(streaming);
            }
        }
        return result;
    }

    /**
     * Waits, with a bounded poll, until every processor has handled the newest event in the store; returns how
     * long that took. This is only ever called between measurements.
     */
    public Duration awaitHead(Duration timeout) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        long nextReport = started + REPORT_EVERY.toNanos();
        while (!atHead()) {
            long now = System.nanoTime();
            if (now > deadline) {
                throw new IllegalStateException(
                        "processors did not reach the head within " + timeout + ": " + summary());
            }
            if (now > nextReport) {
                nextReport += REPORT_EVERY.toNanos();
                Log.info("  processors catching up: head %d, %s", head(), summary());
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    public boolean atHead() {
        long head = head();
        for (StreamingEventProcessor processor : streaming()) {
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            if (processor.isRunning() && status.isEmpty()) {
                return false;
            }
            for (EventTrackerStatus segment : status.values()) {
                if (segment.isErrorState() || position(segment.getTrackingToken()) < head) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Stops every processor; their tokens stay where they are. */
    public void pause() {
        streaming().forEach(EventProcessor::shutDown);
    }

    /**
     * Stores the head of the store as every (paused) processor's token, without calling reset handlers (which
     * would drop the read models), and starts them: the events before the head are never handled.
     */
    public void resumeAtHead() {
        TrackingToken head = eventStore.createHeadToken();
        for (StreamingEventProcessor processor : streaming()) {
            String name = processor.getName();
            transactions.executeInTransaction(() -> {
                for (int segment : tokenStore.fetchSegments(name)) {
                    tokenStore.storeToken(head, name, segment);
                    tokenStore.releaseClaim(name, segment);
                }
            });
        }
        streaming().forEach(EventProcessor::start);
    }

    /** The event store's shared reader, which processors at the head take their events from. */
    public StoreReader reader() {
        return new StoreReader(eventStore);
    }

    public long head() {
        return position(eventStore.createHeadToken());
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

    private String summary() {
        List<String> parts = new ArrayList<>();
        for (StreamingEventProcessor processor : streaming()) {
            processor
                    .processingStatus()
                    .values()
                    .forEach(s -> parts.add(processor.getName() + "@" + position(s.getTrackingToken())
                            + (s.isErrorState() ? " ERROR " + s.getError() : "")));
        }
        return parts.toString();
    }
}

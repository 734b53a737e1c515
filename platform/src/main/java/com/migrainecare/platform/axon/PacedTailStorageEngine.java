package com.migrainecare.platform.axon;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * Paces how often the event processors read the event stream. Axon's event store re-reads the stream after
 * every commit; on a store that cannot use the (timestamp, sequence) index each read scans and sorts the whole
 * events collection while holding it, so under load the reads starve the writes. Spacing the reads by a
 * short interval lets each one pick up the events of many commits, at the price of that much latency for the
 * read models. Everything else goes straight through.
 */
public class PacedTailStorageEngine implements EventStorageEngine {

    private final EventStorageEngine delegate;
    private final long intervalNanos;
    private long lastRead;

    public PacedTailStorageEngine(EventStorageEngine delegate, Duration interval) {
        this.delegate = delegate;
        this.intervalNanos = interval.toNanos();
        this.lastRead = System.nanoTime() - intervalNanos;
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        pace();
        return delegate.readEvents(trackingToken, mayBlock);
    }

    private synchronized void pace() {
        long wait = lastRead + intervalNanos - System.nanoTime();
        while (wait > 0) {
            // the reading thread is the event store's background producer, never a request thread
            LockSupport.parkNanos(wait);
            wait = lastRead + intervalNanos - System.nanoTime();
        }
        lastRead = System.nanoTime();
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        delegate.appendEvents(events);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        delegate.storeSnapshot(snapshot);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return delegate.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return delegate.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(java.time.Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }
}

package com.migrainecare.platform.axon;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * Paces how often the event processors read the event stream. Axon's event store re-reads the stream after
 * every commit; on a store that cannot use the (timestamp, sequence) index each read scans and sorts the whole
 * events collection while holding it, so under load the reads starve the writes. Reads are spaced by at least
 * a configured interval, and by {@value #SCAN_SHARE_DIVISOR} times as long as the last read took, so reading
 * never holds the collection for more than about a quarter of the time however large the store grows. Each
 * read then picks up the events of many commits, at the price of that much latency for the read models.
 * Everything else goes straight through.
 */
public class PacedTailStorageEngine implements EventStorageEngine {

    static final int SCAN_SHARE_DIVISOR = 3;

    private final EventStorageEngine delegate;
    private final long intervalNanos;
    private long lastRead;
    private volatile long lastReadCost;

    public PacedTailStorageEngine(EventStorageEngine delegate, Duration interval) {
        this.delegate = delegate;
        this.intervalNanos = interval.toNanos();
        this.lastRead = System.nanoTime() - intervalNanos;
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        pace();
        Stream<? extends TrackedEventMessage<?>> events = delegate.readEvents(trackingToken, mayBlock);
        return StreamSupport.stream(new Timed<>(events.spliterator()), false).onClose(events::close);
    }

    private synchronized void pace() {
        long gap = Math.max(intervalNanos, SCAN_SHARE_DIVISOR * lastReadCost);
        long wait = lastRead + gap - System.nanoTime();
        while (wait > 0) {
            // the reading thread is the event store's background producer, never a request thread
            LockSupport.parkNanos(wait);
            wait = lastRead + gap - System.nanoTime();
        }
        lastRead = System.nanoTime();
    }

    /** The time of the last read, so that a slow store is read less often. */
    long lastReadCostNanos() {
        return lastReadCost;
    }

    /** Measures the time spent fetching from the store while a stream is consumed. */
    private final class Timed<T> implements Spliterator<T> {
        private final Spliterator<T> delegate;
        private long spent;

        Timed(Spliterator<T> delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            long start = System.nanoTime();
            boolean advanced = delegate.tryAdvance(event -> {
                spent += System.nanoTime() - start;
                action.accept(event);
            });
            if (!advanced) {
                spent += System.nanoTime() - start;
                lastReadCost = spent;
            }
            return advanced;
        }

        @Override
        public Spliterator<T> trySplit() {
            return null;
        }

        @Override
        public long estimateSize() {
            return delegate.estimateSize();
        }

        @Override
        public int characteristics() {
            return delegate.characteristics() & ~(Spliterator.SIZED | Spliterator.SUBSIZED);
        }
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

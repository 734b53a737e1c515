package com.migrainecare.bench.service;

import com.migrainecare.bench.core.Log;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * The shared reader of Axon's {@link EmbeddedEventStore}: one thread that reads new events into an in-memory list
 * which every tracking processor at the head takes its events from. It reads only while some processor tails the
 * store, so events appended behind the event bus while the processors are stopped (the bulk preload) are read by
 * it after they start again, all of them, from where it stopped, while the processors, whose tokens were moved
 * past them, cannot find their place in its list and each read the table themselves. A measurement started in
 * that time measures the catch-up, not the store's size; so the benchmark waits for it.
 *
 * <p>Axon does not expose the reader's position: it is read from the store's private fields, and when they cannot
 * be read (another Axon version) the wait is skipped and said so.
 */
public final class StoreReader {

    private static final Duration REPORT_EVERY = Duration.ofSeconds(10);

    private final EventStore eventStore;

    StoreReader(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Waits until the shared reader has read up to {@code head}; returns how long, or empty if not knowable. */
    public OptionalLong awaitPosition(long head, Duration timeout) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        long nextReport = started + REPORT_EVERY.toNanos();
        while (true) {
            OptionalLong position = position();
            if (position.isEmpty()) {
                Log.info("  event store reader: position unknown (not an EmbeddedEventStore of this Axon), not waited");
                return OptionalLong.empty();
            }
            if (position.getAsLong() >= head) {
                return OptionalLong.of((System.nanoTime() - started) / 1_000_000);
            }
            long now = System.nanoTime();
            if (now > deadline) {
                throw new IllegalStateException("the event store's reader did not reach " + head + " within " + timeout
                        + ": at " + position.getAsLong());
            }
            if (now > nextReport) {
                nextReport += REPORT_EVERY.toNanos();
                Log.info("  event store reader catching up: at %,d of %,d", position.getAsLong(), head);
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    /** The global index of the newest event in the reader's list (-1 before its first read). */
    public OptionalLong position() {
        if (!(eventStore instanceof EmbeddedEventStore store)) {
            return OptionalLong.empty();
        }
        try {
            Object producer = field(EmbeddedEventStore.class, "producer").get(store);
            Object newest = field(producer.getClass(), "newest").get(producer);
            if (newest == null) {
                return OptionalLong.of(-1);
            }
            TrackedEventMessage<?> event =
                    (TrackedEventMessage<?>) field(newest.getClass(), "event").get(newest);
            return OptionalLong.of(event.trackingToken().position().orElse(-1));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}

package com.migrainecare.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

class PacedTailStorageEngineTest {

    private final InMemoryEventStorageEngine store = new InMemoryEventStorageEngine();
    private final PacedTailStorageEngine paced = new PacedTailStorageEngine(store, Duration.ZERO);

    @Test
    void passesEventsThroughInOrderAndMeasuresTheRead() {
        paced.appendEvents(List.of(event(0), event(1), event(2)));

        List<Object> read;
        try (Stream<? extends TrackedEventMessage<?>> events = paced.readEvents(null, false)) {
            read = events.map(TrackedEventMessage::getPayload).collect(Collectors.toList());
        }

        assertThat(read).containsExactly("payload-0", "payload-1", "payload-2");
        assertThat(paced.lastReadCostNanos()).isPositive();
    }

    @Test
    void readsFromAToken() {
        paced.appendEvents(List.of(event(0), event(1), event(2)));

        try (Stream<? extends TrackedEventMessage<?>> events =
                paced.readEvents(new GlobalSequenceTrackingToken(0), false)) {
            List<Object> payloads = events.map(e -> (Object) e.getPayload()).collect(Collectors.toList());
            assertThat(payloads).containsExactly("payload-1", "payload-2");
        }
        List<Object> history = paced.readEvents("aggregate", 1)
                .asStream()
                .map(e -> (Object) e.getPayload())
                .collect(Collectors.toList());
        assertThat(history).containsExactly("payload-1", "payload-2");
        assertThat(paced.lastSequenceNumberFor("aggregate")).contains(2L);
    }

    private static GenericDomainEventMessage<String> event(long sequence) {
        return new GenericDomainEventMessage<>("Test", "aggregate", sequence, "payload-" + sequence);
    }
}

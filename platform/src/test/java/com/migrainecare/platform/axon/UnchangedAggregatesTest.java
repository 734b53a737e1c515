package com.migrainecare.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Kept copies of aggregates that a command reads: reused while the store holds nothing newer, rebuilt after. */
class UnchangedAggregatesTest {

    /** Something recorded on a tally. */
    record Counted(String id) {}

    /** An aggregate that counts its events. */
    static class Tally {
        @AggregateIdentifier
        private String id;

        private int count;

        Tally() {
            // rebuilt from events
        }

        @EventSourcingHandler
        void on(Counted event) {
            id = event.id();
            count++;
        }
    }

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final EventSourcingRepository<Tally> repository =
            EventSourcingRepository.builder(Tally.class).eventStore(store).build();
    private final AtomicInteger views = new AtomicInteger();
    private final UnchangedAggregates<Tally, Integer> tallies =
            new UnchangedAggregates<>(repository, store, ErrorCode.CLIENT_NOT_FOUND, this::view, 10);

    @AfterEach
    void stopStore() {
        store.shutDown();
    }

    private Integer view(Tally tally) {
        views.incrementAndGet();
        return tally.count;
    }

    /** An event appended by whoever: a command of this instance or of another one. */
    private void count(String id, long sequence) {
        store.publish(new GenericDomainEventMessage<>("Tally", id, sequence, new Counted(id)));
    }

    private int read(String id) {
        var result = DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> tallies.current(id));
        if (result.isExceptional()) {
            throw (RuntimeException) result.exceptionResult();
        }
        return result.getPayload();
    }

    @Test
    void reusesWhatItKeptWhileTheStoreHoldsNoLaterEvent() {
        count("t-1", 0);
        count("t-1", 1);

        assertThat(read("t-1")).isEqualTo(2);
        assertThat(read("t-1")).isEqualTo(2);
        assertThat(views).hasValue(1);
    }

    @Test
    void rebuildsOnceTheStoreHoldsALaterEvent() {
        count("t-1", 0);
        assertThat(read("t-1")).isEqualTo(1);

        count("t-1", 1);

        assertThat(read("t-1")).isEqualTo(2);
        assertThat(views).hasValue(2);
    }

    @Test
    void keepsEachAggregateApart() {
        count("t-1", 0);
        count("t-2", 0);
        count("t-2", 1);

        assertThat(read("t-1")).isEqualTo(1);
        assertThat(read("t-2")).isEqualTo(2);
    }

    @Test
    void refusesAnIdWithoutEventsWithTheKindsNotFoundCode() {
        assertThatThrownBy(() -> read("nobody"))
                .isInstanceOf(RuleViolation.class)
                .satisfies(
                        failure -> assertThat(((RuleViolation) failure).code()).isEqualTo(ErrorCode.CLIENT_NOT_FOUND));
    }
}

package com.migrainecare.platform.axon;

import com.migrainecare.kernel.ErrorCode;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;

/**
 * What commands of other aggregates read of an aggregate they do not change (a booking reads the therapist's
 * shifts, the client's clearances), kept from one command to the next while the store holds no later event of it.
 * Each read asks the store for the aggregate's last sequence number, in the command's transaction (one indexed
 * lookup), and rebuilds the aggregate from its snapshot and events only when that number moved. So a change made
 * by another instance of the service is seen as soon as it is committed, as with a load.
 *
 * <p>What is kept is {@code view}'s result, not the aggregate: it must not change after it is made, and it keeps
 * no more than the reading commands need (no personal data the reads do not use).
 *
 * @param <A> the aggregate
 * @param <V> what is kept of it
 */
public final class UnchangedAggregates<A, V> {

    private record Copy<V>(long version, V view) {}

    private final Repository<A> repository;
    private final EventStore events;
    private final ErrorCode notFound;
    private final Function<A, V> view;
    private final LruCache copies;

    public UnchangedAggregates(
            Repository<A> repository, EventStore events, ErrorCode notFound, Function<A, V> view, int capacity) {
        this.repository = repository;
        this.events = events;
        this.notFound = notFound;
        this.view = view;
        this.copies = new LruCache(capacity);
    }

    /**
     * The aggregate {@code id} as the store holds it now, through {@code view}: kept from an earlier read when no
     * event was added since, otherwise loaded in the current unit of work.
     *
     * @throws com.migrainecare.kernel.RuleViolation with the not-found code when no aggregate of this kind has
     *     the id
     */
    public V current(String id) {
        Optional<Long> last = events.lastSequenceNumberFor(id);
        if (last.isEmpty()) {
            throw Aggregates.missing(notFound, id);
        }
        Copy<V> kept = copies.get(id);
        if (kept != null && kept.version() == last.get()) {
            return kept.view();
        }
        Aggregate<A> loaded = Aggregates.load(repository, id, notFound);
        V made = loaded.invoke(view);
        Long version = loaded.version();
        if (version != null) {
            copies.put(id, new Copy<>(version, made));
        }
        return made;
    }
}

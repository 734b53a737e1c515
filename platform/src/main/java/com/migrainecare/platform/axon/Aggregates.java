package com.migrainecare.platform.axon;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import java.util.Locale;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Loading an aggregate that a request names: an id that no aggregate has, or that belongs to another kind of
 * aggregate (a location's id sent as a booking's: its events do not make one of this kind), is refused with the
 * kind's own not-found code.
 */
public final class Aggregates {

    private Aggregates() {}

    /** Whether {@code failure} says that nothing of the loaded kind has the id. */
    public static boolean isMissing(Throwable failure) {
        return failure instanceof AggregateNotFoundException || failure instanceof IncompatibleAggregateException;
    }

    /** Loads {@code id} in the current unit of work, or refuses it with {@code notFound}. */
    public static <A> Aggregate<A> load(Repository<A> repository, String id, ErrorCode notFound) {
        try {
            return repository.load(id);
        } catch (AggregateNotFoundException | IncompatibleAggregateException missing) {
            throw missing(notFound, id);
        }
    }

    /** "no such therapist: {@code id}" under the code {@code notFound} ({@code THERAPIST_NOT_FOUND}). */
    public static RuleViolation missing(ErrorCode notFound, String id) {
        return new RuleViolation(
                notFound, "no such " + notFound.name().replace("_NOT_FOUND", "").toLowerCase(Locale.ROOT) + ": " + id);
    }
}

package com.migrainecare.booking.chain;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.platform.axon.Aggregates;
import java.util.function.Function;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;

/**
 * Reads the current state of one aggregate, consistently (not from a projection that may lag), for
 * decisions a command depends on, such as a location's zone or a booking's current placement.
 */
public final class AggregateReader<A> {

    private final Repository<A> repository;
    private final ErrorCode notFound;

    public AggregateReader(Repository<A> repository, ErrorCode notFound) {
        this.repository = repository;
        this.notFound = notFound;
    }

    public <R> R read(String id, Function<A, R> view) {
        ResultMessage<R> result = DefaultUnitOfWork.startAndGet(null)
                .executeWithResult(() -> repository.load(id).invoke(view));
        if (!result.isExceptional()) {
            return result.getPayload();
        }
        Throwable failure = result.exceptionResult();
        if (Aggregates.isMissing(failure)) {
            throw new RuleViolation(notFound, "no such resource: " + id);
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new IllegalStateException(failure);
    }
}

package com.migrainecare.platform.axon;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.platform.security.Actors;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

/**
 * Sends commands with the actor, reason and request id in their metadata (and so in every event they cause).
 * A command sent from a request is the root of its causal chain: its correlation and trace ids are its own
 * message id, which Axon then copies to the events it causes as their {@code correlationId} / {@code traceId}.
 * When another instance appended to the same aggregate first, the event store refuses the append; the command
 * is then retried against the fresh state, where the rules decide again.
 */
@Component
public class Commands {

    private static final int ATTEMPTS = 4;

    private final CommandGateway gateway;

    public Commands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R send(Object command) {
        return send(command, null);
    }

    /** Sends a command to an aggregate that must exist; an unknown id is refused with {@code ifMissing}. */
    public <R> R send(Object command, String reason, ErrorCode ifMissing) {
        try {
            return send(command, reason);
        } catch (AggregateNotFoundException missing) {
            throw Aggregates.missing(ifMissing, String.valueOf(missing.getAggregateIdentifier()));
        } catch (IncompatibleAggregateException otherKind) {
            // the id is one of another kind of aggregate (a location's id sent as a booking's); the exception
            // does not name it
            throw Aggregates.missing(ifMissing, "(an id of another kind)");
        }
    }

    public <R> R send(Object command, String reason) {
        CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command);
        MetaData metaData = MetaData.with(AxonStoreConfiguration.ACTOR, Actors.current());
        if (reason != null && !reason.isBlank()) {
            metaData = metaData.and(AxonStoreConfiguration.REASON, reason);
        }
        String requestId = RequestIds.current().orElse(null);
        if (requestId != null) {
            metaData = metaData.and(AxonStoreConfiguration.REQUEST_ID, requestId);
        }
        if (CurrentUnitOfWork.isStarted()) {
            // sent while handling another message: Axon's correlation providers already name the cause
            return sendWithRetries(message.andMetaData(metaData));
        }
        metaData = metaData.and(AxonStoreConfiguration.CORRELATION_ID, message.getIdentifier())
                .and(AxonStoreConfiguration.TRACE_ID, message.getIdentifier());
        return sendWithRetries(message.andMetaData(metaData));
    }

    private <R> R sendWithRetries(CommandMessage<?> message) {
        for (int attempt = 1; ; attempt++) {
            try {
                return gateway.sendAndWait(message);
            } catch (ConcurrencyException lostRace) {
                if (attempt == ATTEMPTS) {
                    throw lostRace;
                }
            }
        }
    }
}

package com.migrainecare.platform.axon;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.platform.security.Actors;
import java.util.Locale;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

/**
 * Sends commands with the actor and reason in their metadata (and so in every event they cause). When
 * another instance appended to the same aggregate first, the event store refuses the append; the command
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
            throw new RuleViolation(
                    ifMissing,
                    "no such "
                            + ifMissing.name().replace("_NOT_FOUND", "").toLowerCase(Locale.ROOT) + ": "
                            + missing.getAggregateIdentifier());
        }
    }

    public <R> R send(Object command, String reason) {
        MetaData metaData = MetaData.with(AxonStoreConfiguration.ACTOR, Actors.current());
        if (reason != null && !reason.isBlank()) {
            metaData = metaData.and(AxonStoreConfiguration.REASON, reason);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return gateway.sendAndWait(
                        GenericCommandMessage.asCommandMessage(command).withMetaData(metaData));
            } catch (ConcurrencyException lostRace) {
                if (attempt == ATTEMPTS) {
                    throw lostRace;
                }
            }
        }
    }
}

package com.migrainecare.booking.client;

import com.migrainecare.booking.chain.AggregateReader;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.ids.ClientId;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Whether a client is registered, from the aggregate itself (a client registered a moment ago counts). */
@Component
public class ClientDirectory {

    private final AggregateReader<Client> reader;

    ClientDirectory(@Qualifier("clientRepository") Repository<Client> clients) {
        this.reader = new AggregateReader<>(clients, ErrorCode.CLIENT_NOT_FOUND);
    }

    /** @throws com.migrainecare.kernel.RuleViolation {@code CLIENT_NOT_FOUND} */
    public void ensureRegistered(ClientId client) {
        reader.read(client.value(), record -> Boolean.TRUE);
    }
}

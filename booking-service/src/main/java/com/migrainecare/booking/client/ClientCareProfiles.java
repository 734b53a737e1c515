package com.migrainecare.booking.client;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.platform.axon.Aggregates;
import java.time.LocalDate;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Reads the profile from the {@link Client} aggregate itself, inside the calling command's unit of work. */
@Component
class ClientCareProfiles implements CareProfiles {

    private final Repository<Client> clients;

    ClientCareProfiles(@Qualifier("clientRepository") Repository<Client> clients) {
        this.clients = clients;
    }

    @Override
    public CareProfile profileOf(ClientId client, LocalDate date) {
        return Aggregates.load(clients, client.value(), ErrorCode.CLIENT_NOT_FOUND)
                .invoke(record -> record.careProfile(date));
    }
}

package com.migrainecare.notification.contact;

import com.migrainecare.kernel.client.ClientEvent.ClientErased;
import com.migrainecare.kernel.client.ClientEvent.ClientRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link ClientContacts} from the client events. It runs in the reminder planner's processor: one
 * processor reads the stream in order, so a client is always known before the first booking of that client
 * is planned. A registration fully determines its document, so redelivery and replays write the same one.
 */
@Component
@ProcessingGroup(ClientContactProjection.PROCESSING_GROUP)
public class ClientContactProjection {

    /** The processor of the reminder schedule, shared with the reminder planner. */
    public static final String PROCESSING_GROUP = "reminder-planning";

    private final ClientContacts contacts;

    public ClientContactProjection(ClientContacts contacts) {
        this.contacts = contacts;
    }

    @EventHandler
    void on(ClientRegistered event) {
        contacts.save(ClientContact.of(event));
    }

    /** An erased client cannot be reached: no address, so any reminder still planned is skipped, never sent. */
    @EventHandler
    void on(ClientErased event) {
        contacts.deleteById(event.clientId().value());
    }
}

package com.migrainecare.notification.delivery;

import com.migrainecare.kernel.client.ReminderPreferences.Channel;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One message handed to a channel, keyed by the message id, with its kind and what the channel answered. */
@Document(Delivery.COLLECTION)
public record Delivery(
        @Id String id,
        String idempotencyKey,
        String clientId,
        String kind,
        Channel channel,
        String transport,
        String recipient,
        String subject,
        String body,
        Instant handedOverAt,
        String receipt) {

    static final String COLLECTION = "deliveries";

    /** The hand-over as it is kept once the client is erased: when, how and what, not to whom. */
    Delivery withoutRecipient() {
        return new Delivery(
                id, idempotencyKey, clientId, kind, channel, transport, null, subject, body, handedOverAt, receipt);
    }
}

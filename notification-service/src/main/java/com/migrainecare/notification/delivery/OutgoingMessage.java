package com.migrainecare.notification.delivery;

import com.migrainecare.kernel.client.ReminderPreferences.Channel;
import java.util.Objects;

/**
 * One message for one client on one channel. The {@code idempotencyKey} names what the message is about
 * (booking, kind, booking version): a channel that sees it twice can tell it is the same message. {@code kind}
 * says what sort of message it is (a reminder before a session, a follow-up, a care plan's nudge, a waitlist
 * offer), for the record of deliveries.
 */
public record OutgoingMessage(
        String id,
        String idempotencyKey,
        String clientId,
        String kind,
        Channel channel,
        String recipient,
        String subject,
        String body) {

    public OutgoingMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(body, "body");
    }
}

package com.migrainecare.notification.delivery;

import com.migrainecare.kernel.client.ReminderPreferences.Channel;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one way out: picks the transport configured for a message's channel, hands the message over and records
 * the delivery. Each message is sent on its own, so a channel that is down fails only its own messages.
 */
public class Channels {

    private final Map<Channel, Transport> transports;
    private final Deliveries deliveries;
    private final Clock clock;

    public Channels(Map<Channel, Transport> transports, Deliveries deliveries, Clock clock) {
        this.transports = new EnumMap<>(transports);
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** The delivery of message {@code id}, if it was handed over before. */
    public Optional<Delivery> deliveryOf(String id) {
        return deliveries.findById(id);
    }

    /** Hands {@code message} over and records it; throws {@link DeliveryFailedException} if not accepted. */
    public Delivery send(OutgoingMessage message) {
        Transport transport = transports.get(message.channel());
        String receipt = transport.send(message);
        Delivery delivery = new Delivery(
                message.id(),
                message.idempotencyKey(),
                message.clientId(),
                message.kind(),
                message.channel(),
                transport.name(),
                message.recipient(),
                message.subject(),
                message.body(),
                clock.instant(),
                receipt);
        return deliveries.save(delivery);
    }
}

package com.migrainecare.notification.delivery;

import com.migrainecare.kernel.client.ReminderPreferences.Channel;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * The one way out: picks the transport configured for a message's channel, hands the message over and records
 * the delivery. Each message is sent on its own, so a channel that is down fails only its own messages. The
 * delivery is keyed by the message id and inserted, never overwritten: a second hand-over of the same message
 * (possible only when an instance outlived the claim it sent under) keeps the first record and is logged.
 */
public class Channels {

    private static final Logger log = LoggerFactory.getLogger(Channels.class);

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

    /** The deliveries of those of the messages {@code ids} that were handed over before, by message id. */
    public Map<String, Delivery> deliveriesOf(Collection<String> ids) {
        return deliveries.findAllById(ids).stream().collect(Collectors.toMap(Delivery::id, Function.identity()));
    }

    /** Hands {@code message} over and records it; throws {@link DeliveryFailedException} if not accepted. */
    public Delivery send(OutgoingMessage message) {
        Delivery delivery = handOver(message);
        record(List.of(delivery));
        return delivery;
    }

    /**
     * Hands {@code message} over without recording it yet (see {@link #record}); throws if not accepted. The
     * caller records it soon: until then nothing shows it was handed over.
     */
    public Delivery handOver(OutgoingMessage message) {
        Transport transport = transports.get(message.channel());
        String receipt = transport.send(message);
        return new Delivery(
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
    }

    /**
     * Records handed-over messages, in one write. One already on record (a second hand-over) keeps its first
     * record; that is logged.
     */
    public void record(List<Delivery> handedOver) {
        if (handedOver.isEmpty()) {
            return;
        }
        try {
            deliveries.insert(handedOver);
        } catch (DuplicateKeyException someHandedOverBefore) {
            // the write stopped at the first message on record already: record the rest one by one
            for (Delivery delivery : handedOver) {
                Optional<Delivery> before = deliveries.findById(delivery.id());
                if (before.isEmpty()) {
                    deliveries.insert(delivery);
                } else if (!sameHandOver(before.get(), delivery)) {
                    log.warn(
                            "Message {} was handed over a second time; the first delivery stays on record",
                            delivery.id());
                }
            }
        }
    }

    private static boolean sameHandOver(Delivery stored, Delivery delivery) {
        return stored.handedOverAt().toEpochMilli() == delivery.handedOverAt().toEpochMilli()
                && java.util.Objects.equals(stored.receipt(), delivery.receipt());
    }
}

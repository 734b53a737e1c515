package com.migrainecare.notification.delivery;

import com.migrainecare.kernel.client.ClientEvent.ClientErased;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Forgets where an erased client's messages went (their email address or phone number); the record that a
 * reminder was handed over, when and on which channel, stays. Replays and redelivery find nothing left to remove.
 */
@Component
@ProcessingGroup("reminder-planning")
class DeliveryErasureProjection {

    private final Deliveries deliveries;

    DeliveryErasureProjection(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @EventHandler
    void on(ClientErased event) {
        deliveries.findByClientId(event.clientId().value()).stream()
                .filter(delivery -> delivery.recipient() != null)
                .map(Delivery::withoutRecipient)
                .forEach(deliveries::save);
    }
}

package com.migrainecare.notification.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends nothing: it logs that a message would have gone out. The default when no mail server or SMS webhook is
 * configured, so that a fresh checkout shows its reminders at {@code /api/deliveries}.
 */
class LogTransport implements Transport {

    private static final Logger log = LoggerFactory.getLogger(LogTransport.class);

    @Override
    public String name() {
        return "LOG";
    }

    @Override
    public String send(OutgoingMessage message) {
        log.info("Would send {} {} to client {}", message.channel(), message.idempotencyKey(), message.clientId());
        return "logged " + message.idempotencyKey();
    }
}

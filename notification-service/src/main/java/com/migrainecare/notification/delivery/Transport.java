package com.migrainecare.notification.delivery;

/**
 * A way to hand a message over: SMTP, a webhook, the log. It either accepts the message and answers with a
 * receipt, or throws; retrying is the caller's business.
 */
public interface Transport {

    /** The name recorded with each delivery, e.g. {@code SMTP}. */
    String name();

    /** Hands {@code message} over; the receipt is what the other side answered (an id, a status). */
    String send(OutgoingMessage message) throws DeliveryFailedException;
}

package com.migrainecare.notification.delivery;

/** A channel did not accept a message; the message says why, without the message's text. */
public class DeliveryFailedException extends RuntimeException {

    public DeliveryFailedException(String message) {
        super(message);
    }

    public DeliveryFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

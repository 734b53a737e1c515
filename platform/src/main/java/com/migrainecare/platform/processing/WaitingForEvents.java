package com.migrainecare.platform.processing;

/**
 * Thrown by an event handler that cannot go on before events yet to be committed appear (a gap in the global
 * order that may still fill). The processor retries the event with back-off as for any failure, but health
 * reports the segment as waiting, not failing: the service's data is not wrong meanwhile, only not yet extended.
 */
public class WaitingForEvents extends RuntimeException {

    public WaitingForEvents(String message) {
        super(message);
    }
}

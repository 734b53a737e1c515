package com.migrainecare.booking.booking;

import com.migrainecare.kernel.booking.BookingEvent.SessionCancelled;
import com.migrainecare.kernel.booking.BookingEvent.SessionRescheduled;
import com.migrainecare.platform.axon.AxonMongoConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Makes sure a cancelled or moved session lets go of what it no longer uses, even when the process that
 * took the request stopped right after the booking changed. Releasing is idempotent, so doing it again after
 * the request already did is harmless.
 */
@Component
@ProcessingGroup("release-policy")
@DisallowReplay
public class ReleasePolicy {

    private final BookingService bookings;

    public ReleasePolicy(BookingService bookings) {
        this.bookings = bookings;
    }

    @EventHandler
    void on(SessionCancelled event, MetaData metaData) {
        bookings.release(event.bookingId(), event.clientId(), event.placement(), reason(metaData));
    }

    @EventHandler
    void on(SessionRescheduled event, MetaData metaData) {
        bookings.releaseLeftBehind(
                event.bookingId(), event.clientId(), event.previous(), event.placement(), reason(metaData));
    }

    private static String reason(MetaData metaData) {
        Object reason = metaData.get(AxonMongoConfiguration.REASON);
        return reason == null ? null : reason.toString();
    }
}

package com.migrainecare.notification.session;

import com.migrainecare.kernel.booking.BookingEvent;
import com.migrainecare.kernel.booking.BookingStatus;
import com.migrainecare.kernel.booking.Placement;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where one booking stands, as of the event with sequence number {@code lastSequence}. {@code updatedAt} is
 * that event's time rather than the wall clock, so that replaying the events rebuilds the very same document.
 * Stored in the {@code watched_sessions} collection, keyed by the booking id.
 */
@Document(WatchedSession.COLLECTION)
public record WatchedSession(
        @Id String bookingId,
        String clientId,
        String therapistId,
        String locationId,
        Instant start,
        Instant end,
        ZoneId zone,
        BookingStatus status,
        long lastSequence,
        Instant updatedAt) {

    static final String COLLECTION = "watched_sessions";

    static WatchedSession of(BookingEvent event, BookingStatus status, long sequence, Instant at) {
        Placement placement = event.placement();
        return new WatchedSession(
                event.bookingId().value(),
                event.clientId().value(),
                placement.therapistId().value(),
                placement.locationId().value(),
                placement.slot().start(),
                placement.slot().end(),
                placement.zone(),
                status,
                sequence,
                at);
    }

    /** True while the session is still to happen or under way, i.e. while reminders about it make sense. */
    public boolean stands() {
        return status.isOpen();
    }
}

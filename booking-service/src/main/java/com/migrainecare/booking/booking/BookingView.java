package com.migrainecare.booking.booking;

import com.migrainecare.kernel.booking.BookingEvent;
import com.migrainecare.kernel.booking.BookingEvent.SessionBooked;
import com.migrainecare.kernel.booking.BookingEvent.SessionHeld;
import com.migrainecare.kernel.booking.BookingStatus;
import com.migrainecare.kernel.booking.Placement;
import com.migrainecare.kernel.care.Technique;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A booking in the {@code bookings} read model, as of the event with sequence number {@code version}.
 * {@code updatedAt} is that event's time, so replaying the events rebuilds the very same document.
 */
@Document(BookingView.COLLECTION)
public record BookingView(
        @Id String id,
        String clientId,
        String therapistId,
        String locationId,
        String roomId,
        Instant start,
        Instant end,
        ZoneId zone,
        Technique technique,
        List<Technique> adjuncts,
        boolean includesNeck,
        BookingStatus status,
        Instant bookedAt,
        long version,
        Instant updatedAt) {

    static final String COLLECTION = "bookings";

    /** The booking as its first event, the one with sequence number {@code version}, leaves it. */
    static BookingView booked(SessionBooked event, long version, Instant at) {
        return first(
                event, event.technique(), event.adjuncts(), event.includesNeck(), BookingStatus.CONFIRMED, version, at);
    }

    /** A tentative session as its first event leaves it. */
    static BookingView held(SessionHeld event, long version, Instant at) {
        return first(
                event, event.technique(), event.adjuncts(), event.includesNeck(), BookingStatus.TENTATIVE, version, at);
    }

    private static BookingView first(
            BookingEvent event,
            Technique technique,
            Set<Technique> added,
            boolean includesNeck,
            BookingStatus status,
            long version,
            Instant at) {
        // sorted, so that the same event always writes the same document
        List<Technique> adjuncts =
                added.stream().sorted(Comparator.comparing(Enum::name)).toList();
        return placed(event, technique, adjuncts, includesNeck, status, at, version, at);
    }

    /**
     * The booking as a later event, the one with sequence number {@code version}, leaves it. Every event carries
     * the placement it leaves behind; what only the first event tells is taken over from {@code before} (null
     * when the first event was never applied).
     */
    static BookingView after(BookingView before, BookingEvent event, BookingStatus status, long version, Instant at) {
        if (before == null) {
            return placed(event, null, List.of(), false, status, null, version, at);
        }
        return placed(
                event, before.technique, before.adjuncts, before.includesNeck, status, before.bookedAt, version, at);
    }

    private static BookingView placed(
            BookingEvent event,
            Technique technique,
            List<Technique> adjuncts,
            boolean includesNeck,
            BookingStatus status,
            Instant bookedAt,
            long version,
            Instant at) {
        Placement placement = event.placement();
        return new BookingView(
                event.bookingId().value(),
                event.clientId().value(),
                placement.therapistId().value(),
                placement.locationId().value(),
                placement.roomId().value(),
                placement.slot().start(),
                placement.slot().end(),
                placement.zone(),
                technique,
                adjuncts,
                includesNeck,
                status,
                bookedAt,
                version,
                at);
    }
}

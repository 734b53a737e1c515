package com.migrainecare.kernel.booking;

import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import java.util.Set;
import org.axonframework.serialization.Revision;

/**
 * Facts about one session. Every event names the client and the placement it leaves behind, so that a
 * reader (reminders, calendars, audit) never needs earlier events to act on it.
 */
public sealed interface BookingEvent {

    BookingId bookingId();

    ClientId clientId();

    Placement placement();

    @Revision("1")
    record SessionBooked(
            BookingId bookingId,
            ClientId clientId,
            Technique technique,
            Set<Technique> adjuncts,
            boolean includesNeck,
            Placement placement)
            implements BookingEvent {}

    @Revision("1")
    record SessionRescheduled(BookingId bookingId, ClientId clientId, Placement previous, Placement placement)
            implements BookingEvent {}

    /** Cancelled; {@code late} when after the location's free-cancellation deadline. */
    @Revision("1")
    record SessionCancelled(BookingId bookingId, ClientId clientId, Placement placement, boolean late)
            implements BookingEvent {}

    @Revision("1")
    record ClientCheckedIn(BookingId bookingId, ClientId clientId, Placement placement) implements BookingEvent {}

    @Revision("1")
    record SessionCompleted(BookingId bookingId, ClientId clientId, Placement placement) implements BookingEvent {}

    @Revision("1")
    record NoShowRecorded(BookingId bookingId, ClientId clientId, Placement placement) implements BookingEvent {}
}

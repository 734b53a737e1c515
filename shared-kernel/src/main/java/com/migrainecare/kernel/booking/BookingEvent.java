package com.migrainecare.kernel.booking;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.CarePlanId;
import com.migrainecare.kernel.ids.ClientId;
import java.time.Instant;
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

    /**
     * A confirmed session. {@code seriesOccurrence} names the occurrence of a recurring series it was booked for,
     * or is null (a single session, and every event of revision 1, written before series named their bookings).
     */
    @Revision("2")
    record SessionBooked(
            BookingId bookingId,
            ClientId clientId,
            Technique technique,
            Set<Technique> adjuncts,
            boolean includesNeck,
            Placement placement,
            SeriesOccurrence seriesOccurrence)
            implements BookingEvent {

        @JsonCreator
        public SessionBooked {
            // the canonical constructor is the one events are read with; a revision 1 event has no occurrence
        }

        /** A session of no series. */
        public SessionBooked(
                BookingId bookingId,
                ClientId clientId,
                Technique technique,
                Set<Technique> adjuncts,
                boolean includesNeck,
                Placement placement) {
            this(bookingId, clientId, technique, adjuncts, includesNeck, placement, null);
        }
    }

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

    /**
     * A tentative session: its time is claimed like a booked one's, but it is only proposed (an extra session of
     * the care plan {@code carePlanId}) until the client confirms it, and its hold ends at {@code holdUntil}.
     * No reminders are planned for it until it is confirmed.
     */
    @Revision("1")
    record SessionHeld(
            BookingId bookingId,
            ClientId clientId,
            Technique technique,
            Set<Technique> adjuncts,
            boolean includesNeck,
            Placement placement,
            Instant holdUntil,
            CarePlanId carePlanId)
            implements BookingEvent {}

    /** The client accepted a tentative session: from now on it is a confirmed booking like any other. */
    @Revision("1")
    record HeldSessionConfirmed(BookingId bookingId, ClientId clientId, Placement placement) implements BookingEvent {}

    /**
     * A tentative session given up: declined by the client, or {@code expired} unanswered. Its time is free again
     * (a freed slot, like a cancellation's).
     */
    @Revision("1")
    record HoldReleased(BookingId bookingId, ClientId clientId, Placement placement, boolean expired)
            implements BookingEvent {}
}

package com.migrainecare.notification.session;

import com.migrainecare.kernel.booking.BookingEvent.ClientCheckedIn;
import com.migrainecare.kernel.booking.BookingEvent.HeldSessionConfirmed;
import com.migrainecare.kernel.booking.BookingEvent.HoldReleased;
import com.migrainecare.kernel.booking.BookingEvent.NoShowRecorded;
import com.migrainecare.kernel.booking.BookingEvent.SessionBooked;
import com.migrainecare.kernel.booking.BookingEvent.SessionCancelled;
import com.migrainecare.kernel.booking.BookingEvent.SessionCompleted;
import com.migrainecare.kernel.booking.BookingEvent.SessionHeld;
import com.migrainecare.kernel.booking.BookingEvent.SessionRescheduled;
import com.migrainecare.kernel.booking.Placement;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.chain.CancellationPolicy;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.CarePlanId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/** The events of one session at a Berlin location, as the booking service would publish them. */
public record BookingEvents(BookingId bookingId, ClientId clientId, Placement placement) {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    public static BookingEvents sessionAt(Instant start) {
        return new BookingEvents(BookingId.random(), ClientId.random(), placementAt(start));
    }

    public static Placement placementAt(Instant start) {
        return new Placement(
                new TherapistId("therapist-1"),
                new LocationId("location-berlin"),
                new RoomId("room-1"),
                TimeSlot.of(start, Duration.ofMinutes(60)),
                BERLIN,
                CancellationPolicy.STANDARD);
    }

    /** The same session after a move to {@code start}; use with {@link #rescheduledTo}. */
    public BookingEvents movedTo(Instant start) {
        return new BookingEvents(bookingId, clientId, placementAt(start));
    }

    public SessionBooked booked() {
        return new SessionBooked(bookingId, clientId, Technique.EFFLEURAGE, Set.of(), false, placement);
    }

    public SessionRescheduled rescheduledTo(BookingEvents moved) {
        return new SessionRescheduled(bookingId, clientId, placement, moved.placement());
    }

    public SessionCancelled cancelled(boolean late) {
        return new SessionCancelled(bookingId, clientId, placement, late);
    }

    /** The session as a care plan's proposal, held until {@code holdUntil}. */
    public SessionHeld held(Instant holdUntil) {
        return new SessionHeld(
                bookingId,
                clientId,
                Technique.EFFLEURAGE,
                Set.of(),
                false,
                placement,
                holdUntil,
                CarePlanId.of(clientId));
    }

    public HeldSessionConfirmed heldConfirmed() {
        return new HeldSessionConfirmed(bookingId, clientId, placement);
    }

    public HoldReleased released(boolean expired) {
        return new HoldReleased(bookingId, clientId, placement, expired);
    }

    public ClientCheckedIn checkedIn() {
        return new ClientCheckedIn(bookingId, clientId, placement);
    }

    public SessionCompleted completed() {
        return new SessionCompleted(bookingId, clientId, placement);
    }

    public NoShowRecorded noShow() {
        return new NoShowRecorded(bookingId, clientId, placement);
    }
}

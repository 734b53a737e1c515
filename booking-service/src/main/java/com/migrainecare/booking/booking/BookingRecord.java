package com.migrainecare.booking.booking;

import com.migrainecare.kernel.booking.BookingEvent.ClientCheckedIn;
import com.migrainecare.kernel.booking.BookingEvent.HeldSessionConfirmed;
import com.migrainecare.kernel.booking.BookingEvent.HoldReleased;
import com.migrainecare.kernel.booking.BookingEvent.NoShowRecorded;
import com.migrainecare.kernel.booking.BookingEvent.SessionBooked;
import com.migrainecare.kernel.booking.BookingEvent.SessionCancelled;
import com.migrainecare.kernel.booking.BookingEvent.SessionCompleted;
import com.migrainecare.kernel.booking.BookingEvent.SessionHeld;
import com.migrainecare.kernel.booking.BookingEvent.SessionRescheduled;
import com.migrainecare.kernel.booking.BookingStatus;
import com.migrainecare.kernel.booking.Placement;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import java.time.Instant;
import java.util.Set;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;

/**
 * What a {@link Booking} knows of its session, rebuilt from its events: the facts its decisions rest on, and the
 * state it answers reads with. The decisions themselves are {@link Booking}'s.
 */
abstract class BookingRecord {

    @AggregateIdentifier
    BookingId bookingId;

    ClientId clientId;
    Technique technique;
    Set<Technique> adjuncts;
    boolean includesNeck;
    Placement placement;
    BookingStatus status;
    Instant holdUntil;

    /** The state as it stands, for reads that must not lag behind the last command. */
    BookingState snapshot() {
        Long version = AggregateLifecycle.getVersion();
        return new BookingState(
                bookingId,
                clientId,
                technique,
                adjuncts,
                includesNeck,
                placement,
                status,
                version == null ? 0 : version,
                holdUntil);
    }

    void ensureStatus(BookingStatus required, String rule) {
        SessionRules.ensureStatus(status, required, rule);
    }

    @EventSourcingHandler
    void on(SessionBooked event) {
        start(event.bookingId(), event.clientId(), event.technique(), event.adjuncts(), event.includesNeck());
        placement = event.placement();
        status = BookingStatus.CONFIRMED;
    }

    @EventSourcingHandler
    void on(SessionHeld event) {
        start(event.bookingId(), event.clientId(), event.technique(), event.adjuncts(), event.includesNeck());
        placement = event.placement();
        holdUntil = event.holdUntil();
        status = BookingStatus.TENTATIVE;
    }

    private void start(BookingId id, ClientId client, Technique primary, Set<Technique> added, boolean neck) {
        bookingId = id;
        clientId = client;
        technique = primary;
        adjuncts = added;
        includesNeck = neck;
    }

    @EventSourcingHandler
    void on(HeldSessionConfirmed event) {
        status = BookingStatus.CONFIRMED;
    }

    @EventSourcingHandler
    void on(HoldReleased event) {
        status = TentativeHolds.statusAfter(event);
    }

    @EventSourcingHandler
    void on(SessionRescheduled event) {
        placement = event.placement();
    }

    @EventSourcingHandler
    void on(SessionCancelled event) {
        status = event.late() ? BookingStatus.LATE_CANCELLED : BookingStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(ClientCheckedIn event) {
        status = BookingStatus.CHECKED_IN;
    }

    @EventSourcingHandler
    void on(SessionCompleted event) {
        status = BookingStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(NoShowRecorded event) {
        status = BookingStatus.NO_SHOW;
    }
}

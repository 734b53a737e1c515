package com.migrainecare.booking.claim;

import com.migrainecare.kernel.booking.BookingEvent.HoldReleased;
import com.migrainecare.kernel.booking.BookingEvent.SessionBooked;
import com.migrainecare.kernel.booking.BookingEvent.SessionCancelled;
import com.migrainecare.kernel.booking.BookingEvent.SessionHeld;
import com.migrainecare.kernel.booking.BookingEvent.SessionRescheduled;
import com.migrainecare.kernel.booking.Placement;
import com.migrainecare.kernel.chain.LocationEvent.LocationCreated;
import com.migrainecare.kernel.chain.Room;
import com.migrainecare.kernel.chain.TherapistEvent.TherapistRegistered;
import com.migrainecare.kernel.client.ClientEvent.ClientRegistered;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the claims table in step with the events, in the transaction that appends them (a subscribing
 * processor: {@code claimed-time}). A booking claims its therapist, room and client for its slot; a move
 * replaces the claims; a cancellation gives them up. A tentative session claims like a booked one until its
 * hold is released. A completed session or a no-show keeps its claims: that
 * time was used. A failure here fails the command, so the table never disagrees with the events.
 */
@Component
@ProcessingGroup(ClaimedTimeProjection.GROUP)
public class ClaimedTimeProjection {

    public static final String GROUP = "claimed-time";

    private final JdbcClaimedTime claims;

    public ClaimedTimeProjection(JdbcClaimedTime claims) {
        this.claims = claims;
    }

    @EventHandler
    void on(TherapistRegistered event) {
        claims.register(Resource.of(event.therapistId()));
    }

    @EventHandler
    void on(LocationCreated event) {
        for (Room room : event.rooms()) {
            claims.register(Resource.of(room.id()));
        }
    }

    @EventHandler
    void on(ClientRegistered event) {
        claims.register(Resource.of(event.clientId()));
    }

    @EventHandler
    void on(SessionBooked event) {
        claims.release(event.bookingId());
        claims.claim(claimsOf(event.bookingId(), event.clientId(), event.placement()));
    }

    @EventHandler
    void on(SessionHeld event) {
        claims.release(event.bookingId());
        claims.claim(claimsOf(event.bookingId(), event.clientId(), event.placement()));
    }

    @EventHandler
    void on(HoldReleased event) {
        claims.release(event.bookingId());
    }

    @EventHandler
    void on(SessionRescheduled event) {
        claims.release(event.bookingId());
        claims.claim(claimsOf(event.bookingId(), event.clientId(), event.placement()));
    }

    @EventHandler
    void on(SessionCancelled event) {
        claims.release(event.bookingId());
    }

    static List<Claim> claimsOf(BookingId booking, ClientId client, Placement placement) {
        return List.of(
                new Claim(Resource.of(placement.therapistId()), booking, placement.locationId(), placement.slot()),
                new Claim(Resource.of(placement.roomId()), booking, placement.locationId(), placement.slot()),
                new Claim(Resource.of(client), booking, placement.locationId(), placement.slot()));
    }
}

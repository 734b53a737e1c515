package com.migrainecare.booking.claim;

import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.TimeSlot;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Time held for a session that is not booked yet (a freed slot offered from the waitlist), claimed under the id
 * the booking will have once the hold is taken up: the booking rules then see it as taken by someone else, and
 * the booking that takes it up replaces it. Called from subscribing handlers, in the transaction of their event.
 */
@Component
public class HeldTime {

    private final JdbcClaimedTime claims;

    HeldTime(JdbcClaimedTime claims) {
        this.claims = claims;
    }

    public void hold(
            BookingId heldFor,
            ClientId client,
            TherapistId therapist,
            LocationId location,
            RoomId room,
            TimeSlot slot) {
        claims.release(heldFor);
        claims.markHeld(heldFor, slot);
        claims.claim(List.of(
                new Claim(Resource.of(therapist), heldFor, location, slot),
                new Claim(Resource.of(room), heldFor, location, slot),
                new Claim(Resource.of(client), heldFor, location, slot)));
    }

    public void release(BookingId heldFor) {
        claims.release(heldFor);
        claims.forgetHeld(heldFor);
    }

    /** The hold was taken up: its booking's claims replace the hold's, and the time is booked, no longer held. */
    public void takenUp(BookingId heldFor) {
        claims.forgetHeld(heldFor);
    }

    /**
     * The claims held for offers that overlap {@code window}: for the availability search, which offers them to
     * nobody (the offered client takes a hold up through the offer, not through a search).
     */
    public List<Claim> overlapping(TimeSlot window) {
        return claims.heldOverlapping(window);
    }
}

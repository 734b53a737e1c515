package com.migrainecare.booking.booking;

import com.migrainecare.booking.claim.ClaimedTime;
import com.migrainecare.booking.claim.Resource;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * What the client's calendar holds, read from the claims table that every booking, move, hold and cancellation
 * writes in its own transaction: never behind the last command, unlike the read models.
 */
@Component
public class ClientCalendar {

    private final ClaimedTime claims;

    public ClientCalendar(ClaimedTime claims) {
        this.claims = claims;
    }

    /** Whether a session of the client (booked, or held for a proposal) overlaps {@code from} to {@code to}. */
    public boolean hasSessionBetween(ClientId client, Instant from, Instant to) {
        return claims.anyOverlap(Resource.of(client), new TimeSlot(from, to));
    }
}

package com.migrainecare.booking.booking;

import com.migrainecare.kernel.booking.PlaceRequest;
import com.migrainecare.kernel.booking.Placement;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.Duration;
import java.util.Set;

/**
 * What a booking command asks before it records a session: may this client have this therapist, a room and
 * this time? The answer holds until the command's transaction ends, so the booking event can rely on it.
 */
public interface SessionDesk {

    /**
     * Checks every rule that spans the therapist's, the rooms' and the client's records and calendars, and
     * returns where the session takes place (the room chosen when none was named).
     *
     * @param preferredRoom a room to try first when none is named (the one a moved session had), or null
     * @throws com.migrainecare.kernel.RuleViolation naming the first rule the request breaks
     */
    Placement place(
            BookingId booking,
            ClientId client,
            Set<Technique> techniques,
            boolean includesNeck,
            PlaceRequest request,
            RoomId preferredRoom,
            String clearanceOverrideReason);

    /**
     * The cadence rule of DOMAIN.md: no other session of the client within {@code spacing} of {@code slot}
     * (a series asks for 48 hours). Checked in the booking's transaction, under the client's lock.
     *
     * @throws com.migrainecare.kernel.RuleViolation with {@code CLIENT_SESSIONS_TOO_CLOSE}
     */
    void ensureClientSpacing(BookingId booking, ClientId client, TimeSlot slot, Duration spacing);
}

package com.migrainecare.kernel.booking;

import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.TimeSlot;
import java.util.Objects;

/**
 * Where and when a session is asked for: a therapist at a location for a slot, in a named room or (with
 * {@code roomId} null) in whichever room is free then.
 */
public record PlaceRequest(TherapistId therapistId, LocationId locationId, RoomId roomId, TimeSlot slot) {

    public PlaceRequest {
        Objects.requireNonNull(therapistId, "therapistId");
        Objects.requireNonNull(locationId, "locationId");
        Objects.requireNonNull(slot, "slot");
    }
}

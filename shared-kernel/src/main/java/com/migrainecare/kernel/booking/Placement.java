package com.migrainecare.kernel.booking;

import com.migrainecare.kernel.chain.CancellationPolicy;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.ZoneId;
import java.util.Objects;

/** Who, where and when a session takes place, with the location's zone and cancellation policy. */
public record Placement(
        TherapistId therapistId,
        LocationId locationId,
        RoomId roomId,
        TimeSlot slot,
        ZoneId zone,
        CancellationPolicy cancellationPolicy) {

    public Placement {
        Objects.requireNonNull(therapistId, "therapistId");
        Objects.requireNonNull(locationId, "locationId");
        Objects.requireNonNull(roomId, "roomId");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(cancellationPolicy, "cancellationPolicy");
    }
}

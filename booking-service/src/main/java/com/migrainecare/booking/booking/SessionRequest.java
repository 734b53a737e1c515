package com.migrainecare.booking.booking;

import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.RequestedTime;
import java.time.Duration;
import java.util.Set;

/** A request for a new session, with its start still in the caller's terms. */
public record SessionRequest(
        ClientId clientId,
        TherapistId therapistId,
        LocationId locationId,
        RoomId roomId,
        Technique technique,
        Set<Technique> adjuncts,
        boolean includesNeck,
        RequestedTime start,
        Duration duration,
        String clearanceOverrideReason) {}

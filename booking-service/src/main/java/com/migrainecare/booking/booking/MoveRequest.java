package com.migrainecare.booking.booking;

import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.RequestedTime;
import java.time.Duration;

/** A request to move a session; absent fields keep their current value. */
public record MoveRequest(
        RequestedTime start, TherapistId therapistId, LocationId locationId, RoomId roomId, Duration duration) {}

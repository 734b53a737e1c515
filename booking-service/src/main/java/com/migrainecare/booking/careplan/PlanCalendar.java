package com.migrainecare.booking.careplan;

import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** What a care plan asks of the calendars when it checks on a due session (the port of its nudges). */
public interface PlanCalendar {

    ZoneId zoneOf(LocationId location);

    /** Whether the client has a session (booked or held) within a day either side of {@code due}. */
    boolean hasSessionNear(ClientId client, Instant due);

    /** The few free times of the therapist at the location nearest to {@code due}, for a nudge to offer. */
    List<TimeSlot> openSlots(
            TherapistId therapist, LocationId location, Technique technique, Duration length, Instant due);
}

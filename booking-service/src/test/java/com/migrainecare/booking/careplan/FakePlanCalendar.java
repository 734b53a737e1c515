package com.migrainecare.booking.careplan;

import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A plan calendar in Berlin whose client has a session near a due time only when told so. */
class FakePlanCalendar implements PlanCalendar {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final List<Instant> booked = new ArrayList<>();

    /** From now on the client has a session at {@code start}. */
    void book(Instant start) {
        booked.add(start);
    }

    @Override
    public ZoneId zoneOf(LocationId location) {
        return BERLIN;
    }

    @Override
    public boolean hasSessionNear(ClientId client, Instant due) {
        return booked.stream()
                .anyMatch(start -> Duration.between(start, due).abs().compareTo(Duration.ofDays(1)) < 0);
    }

    /** Two slots: an hour before and an hour after the due time. */
    @Override
    public List<TimeSlot> openSlots(
            TherapistId therapist, LocationId location, Technique technique, Duration length, Instant due) {
        return slotsAround(due, length);
    }

    static List<TimeSlot> slotsAround(Instant due, Duration length) {
        return List.of(
                TimeSlot.of(due.minus(Duration.ofHours(1)), length),
                TimeSlot.of(due.plus(Duration.ofHours(1)), length));
    }
}

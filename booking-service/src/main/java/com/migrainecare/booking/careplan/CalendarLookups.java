package com.migrainecare.booking.careplan;

import com.migrainecare.booking.availability.AvailabilityService;
import com.migrainecare.booking.booking.ClientCalendar;
import com.migrainecare.booking.chain.LocationDirectory;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The {@link PlanCalendar} on the other capabilities' services: the location's zone from the chain, the client's
 * sessions from the claims the booking desk keeps, open slots from the availability search.
 */
@Component
class CalendarLookups implements PlanCalendar {

    static final Duration NEAR = Duration.ofDays(1);
    static final int OPEN_SLOTS = 3;
    private static final int SEARCHED = 500;
    private static final Duration STEP = Duration.ofMinutes(30);

    private final LocationDirectory locations;
    private final ClientCalendar clients;
    private final AvailabilityService availability;

    CalendarLookups(LocationDirectory locations, ClientCalendar clients, AvailabilityService availability) {
        this.locations = locations;
        this.clients = clients;
        this.availability = availability;
    }

    @Override
    public ZoneId zoneOf(LocationId location) {
        return locations.get(location).timeZone();
    }

    @Override
    public boolean hasSessionNear(ClientId client, Instant due) {
        return clients.hasSessionBetween(client, due.minus(NEAR), due.plus(NEAR));
    }

    @Override
    public List<TimeSlot> openSlots(
            TherapistId therapist, LocationId location, Technique technique, Duration length, Instant due) {
        return availability
                .search(new AvailabilityService.Search(
                        technique,
                        due.minus(NEAR),
                        due.plus(NEAR),
                        length,
                        location.value(),
                        therapist.value(),
                        STEP,
                        SEARCHED))
                .stream()
                .sorted(Comparator.comparing((AvailabilityService.FreeSlot slot) ->
                        Duration.between(due, slot.start()).abs()))
                .limit(OPEN_SLOTS)
                .map(slot -> new TimeSlot(slot.start(), slot.end()))
                .sorted(Comparator.comparing(TimeSlot::start))
                .toList();
    }
}

package com.migrainecare.booking.careplan;

import com.migrainecare.booking.availability.AvailabilityService;
import com.migrainecare.booking.availability.AvailabilityService.FreeSlot;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.careplan.Alternative;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Offers for an occurrence that could not be booked: the nearest free times with the same therapist within a
 * day either side, and the nearest with another qualified therapist at the same location, each kept the
 * series' minimum gap away from the client's other occurrences. Read from the availability search, so an
 * offer is a suggestion that the booking desk decides on when it is taken.
 */
@Component
class SeriesAlternatives {

    static final int PER_KIND = 2;
    private static final Duration REACH = Duration.ofDays(1);
    private static final Duration STEP = Duration.ofMinutes(15);

    private final AvailabilityService availability;

    SeriesAlternatives(AvailabilityService availability) {
        this.availability = availability;
    }

    /** What the search asks: around {@code wanted}, for this technique, therapist and location. */
    record Wanted(
            Instant start,
            Duration duration,
            Technique technique,
            TherapistId therapistId,
            LocationId locationId,
            List<Instant> otherStarts,
            Duration minimumGap) {}

    List<Alternative> around(Wanted wanted) {
        List<FreeSlot> free = availability.search(new AvailabilityService.Search(
                wanted.technique(),
                wanted.start().minus(REACH),
                wanted.start().plus(REACH).plus(wanted.duration()),
                wanted.duration(),
                wanted.locationId().value(),
                null,
                STEP,
                2000));
        List<FreeSlot> nearest = free.stream()
                .filter(slot -> farEnough(slot.start(), wanted))
                .sorted(Comparator.comparing((FreeSlot slot) ->
                        Duration.between(wanted.start(), slot.start()).abs()))
                .toList();
        List<Alternative> offers = new ArrayList<>();
        offers.addAll(pick(nearest, wanted, Alternative.Kind.SAME_THERAPIST));
        offers.addAll(pick(nearest, wanted, Alternative.Kind.OTHER_THERAPIST));
        return offers;
    }

    private static List<Alternative> pick(List<FreeSlot> nearest, Wanted wanted, Alternative.Kind kind) {
        String therapist = wanted.therapistId().value();
        return nearest.stream()
                .filter(slot -> slot.therapistId().equals(therapist) == (kind == Alternative.Kind.SAME_THERAPIST))
                .limit(PER_KIND)
                .map(slot -> new Alternative(
                        kind,
                        new TherapistId(slot.therapistId()),
                        new RoomId(slot.roomId()),
                        new TimeSlot(slot.start(), slot.end())))
                .toList();
    }

    private static boolean farEnough(Instant start, Wanted wanted) {
        return keepsGap(start, wanted.otherStarts(), wanted.minimumGap());
    }

    /** The cadence rule, start to start: {@code start} is at least {@code gap} from each of {@code others}. */
    static boolean keepsGap(Instant start, List<Instant> others, Duration gap) {
        return others.stream()
                .allMatch(other -> Duration.between(other, start).abs().compareTo(gap) >= 0);
    }
}

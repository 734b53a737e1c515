package com.migrainecare.booking.claim;

import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.Duration;

/** A slot of one resource's time taken by a booking at a location, never longer than {@link #LONGEST}. */
public record Claim(Resource resource, BookingId bookingId, LocationId locationId, TimeSlot slot) {

    /**
     * The longest a claim lasts. A claim that overlaps a window starts at most this long before it, so a search
     * for overlaps reads only the claims that start in the window widened by this much, however long the
     * resource's history is.
     */
    public static final Duration LONGEST = Duration.ofHours(4);
}

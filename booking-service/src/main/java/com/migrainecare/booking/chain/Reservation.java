package com.migrainecare.booking.chain;

import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.time.TimeSlot;

/** A slot held for a booking on some calendar; a booking being moved briefly holds two. */
public record Reservation(BookingId bookingId, LocationId locationId, TimeSlot slot) {

    public boolean isFor(BookingId booking, TimeSlot other) {
        return bookingId.equals(booking) && slot.equals(other);
    }
}

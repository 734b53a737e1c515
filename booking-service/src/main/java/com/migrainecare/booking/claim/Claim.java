package com.migrainecare.booking.claim;

import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.time.TimeSlot;

/** A slot of one resource's time taken by a booking at a location. */
public record Claim(Resource resource, BookingId bookingId, LocationId locationId, TimeSlot slot) {}

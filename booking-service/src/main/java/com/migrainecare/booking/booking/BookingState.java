package com.migrainecare.booking.booking;

import com.migrainecare.kernel.booking.BookingStatus;
import com.migrainecare.kernel.booking.Placement;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import java.time.Instant;
import java.util.Set;

/**
 * A booking as it stands right after a command, with the version a client sends back in If-Match.
 * {@code holdUntil} is set for a session that began as a tentative hold (a care plan's proposal), else null.
 */
public record BookingState(
        BookingId bookingId,
        ClientId clientId,
        Technique technique,
        Set<Technique> adjuncts,
        boolean includesNeck,
        Placement placement,
        BookingStatus status,
        long version,
        Instant holdUntil) {}

package com.migrainecare.notification.reminder;

import com.migrainecare.kernel.booking.BookingEvent;
import java.time.Instant;
import java.time.ZoneId;

/** What the rules need to know about a session: whose, when, where (the zone) and which booking version. */
record SessionFacts(String bookingId, String clientId, Instant start, Instant end, ZoneId zone, long version) {

    static SessionFacts of(BookingEvent event, long version) {
        return new SessionFacts(
                event.bookingId().value(),
                event.clientId().value(),
                event.placement().slot().start(),
                event.placement().slot().end(),
                event.placement().zone(),
                version);
    }
}

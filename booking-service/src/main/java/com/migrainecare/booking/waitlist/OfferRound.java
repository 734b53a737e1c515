package com.migrainecare.booking.waitlist;

import com.migrainecare.kernel.booking.Placement;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One freed slot on its way down the waitlist ({@code waitlist_offer_rounds}): the entries it was offered to or
 * that could not take it, the entry holding it now, and whether the round is over (taken, or nobody left).
 */
@Document(OfferRound.COLLECTION)
public record OfferRound(
        @Id String id,
        String sourceBookingId,
        String therapistId,
        String locationId,
        Instant start,
        Instant end,
        List<String> passed,
        String current,
        boolean closed) {

    static final String COLLECTION = "waitlist_offer_rounds";

    /** The round of the slot a booking gave up: one per booking and start, so a redelivered event finds it. */
    static OfferRound freed(BookingId source, Placement placement) {
        return new OfferRound(
                source.value() + ":" + placement.slot().start().toEpochMilli(),
                source.value(),
                placement.therapistId().value(),
                placement.locationId().value(),
                placement.slot().start(),
                placement.slot().end(),
                List.of(),
                null,
                false);
    }

    TimeSlot slot() {
        return new TimeSlot(start, end);
    }

    TherapistId therapist() {
        return new TherapistId(therapistId);
    }

    LocationId location() {
        return new LocationId(locationId);
    }
}

package com.migrainecare.kernel.waitlist;

import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.ids.WaitlistEntryId;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.Instant;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Commands on one client's place on the waitlist. An offer holds the freed slot's therapist, room and client time
 * until {@code holdUntil}; accepting it turns the hold into the booking {@code bookingId}.
 */
public sealed interface WaitlistCommand {

    WaitlistEntryId entryId();

    record JoinWaitlist(
            @TargetAggregateIdentifier WaitlistEntryId entryId,
            ClientId clientId,
            Technique technique,
            Set<LocationId> locationIds,
            TimeSlot window)
            implements WaitlistCommand {
        public JoinWaitlist {
            locationIds = Set.copyOf(locationIds);
        }
    }

    /** Offers a freed slot; {@code roomId} may be null for any free room at the location. */
    record OfferSlot(
            @TargetAggregateIdentifier WaitlistEntryId entryId,
            LocationId locationId,
            TherapistId therapistId,
            RoomId roomId,
            TimeSlot slot,
            Instant holdUntil)
            implements WaitlistCommand {}

    record AcceptOffer(@TargetAggregateIdentifier WaitlistEntryId entryId, BookingId bookingId)
            implements WaitlistCommand {}

    record DeclineOffer(@TargetAggregateIdentifier WaitlistEntryId entryId) implements WaitlistCommand {}

    record LeaveWaitlist(@TargetAggregateIdentifier WaitlistEntryId entryId) implements WaitlistCommand {}
}

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
import org.axonframework.serialization.Revision;

/**
 * Facts about one client's place on the waitlist. The notification service sends an offer while it stands and
 * forgets it once it is accepted, declined or expired.
 */
public sealed interface WaitlistEvent {

    WaitlistEntryId entryId();

    ClientId clientId();

    /** The client waits for {@code technique} at one of {@code locationIds}, for a session inside {@code window}. */
    @Revision("1")
    record WaitlistJoined(
            WaitlistEntryId entryId,
            ClientId clientId,
            Technique technique,
            Set<LocationId> locationIds,
            TimeSlot window)
            implements WaitlistEvent {}

    /** A freed slot is held for the client until {@code holdUntil}. */
    @Revision("1")
    record SlotOffered(
            WaitlistEntryId entryId,
            ClientId clientId,
            LocationId locationId,
            TherapistId therapistId,
            RoomId roomId,
            Technique technique,
            TimeSlot slot,
            Instant holdUntil)
            implements WaitlistEvent {}

    /** The client took the offered slot: it is now the booking {@code bookingId}, and the entry is done. */
    @Revision("1")
    record OfferAccepted(WaitlistEntryId entryId, ClientId clientId, BookingId bookingId) implements WaitlistEvent {}

    /** The client turned the offer down; the entry keeps waiting and the slot goes to the next client. */
    @Revision("1")
    record OfferDeclined(WaitlistEntryId entryId, ClientId clientId) implements WaitlistEvent {}

    /** The hold ran out unanswered; the entry keeps waiting and the slot goes to the next client. */
    @Revision("1")
    record OfferExpired(WaitlistEntryId entryId, ClientId clientId) implements WaitlistEvent {}

    /** The client left the waitlist (or its window passed). */
    @Revision("1")
    record WaitlistLeft(WaitlistEntryId entryId, ClientId clientId) implements WaitlistEvent {}
}

package com.migrainecare.booking.waitlist;

import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.waitlist.WaitlistEvent.SlotOffered;
import com.migrainecare.kernel.waitlist.WaitlistEvent.WaitlistJoined;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A waitlist entry in the {@code waitlist_entries} read model, as of the event with sequence number
 * {@code version}: what the client waits for, the offer standing now, every offer made so far with its outcome,
 * and who changed the entry, when and why.
 */
@Document(WaitlistEntryView.COLLECTION)
public record WaitlistEntryView(
        @Id String id,
        String clientId,
        Technique technique,
        List<String> locationIds,
        Instant from,
        Instant to,
        WaitlistStatus status,
        Instant joinedAt,
        Offer offer,
        String bookingId,
        List<Offer> offers,
        List<Change> history,
        long version) {

    static final String COLLECTION = "waitlist_entries";

    /** What became of an offer. */
    public enum Outcome {
        OPEN,
        ACCEPTED,
        DECLINED,
        EXPIRED,
        WITHDRAWN
    }

    /** A freed slot held for the client until {@code holdUntil}. */
    public record Offer(
            String locationId,
            String therapistId,
            String roomId,
            Instant start,
            Instant end,
            Instant offeredAt,
            Instant holdUntil,
            Outcome outcome,
            Instant endedAt) {

        static Offer of(SlotOffered event, Instant at) {
            return new Offer(
                    event.locationId().value(),
                    event.therapistId().value(),
                    event.roomId().value(),
                    event.slot().start(),
                    event.slot().end(),
                    at,
                    event.holdUntil(),
                    Outcome.OPEN,
                    null);
        }

        Offer ended(Outcome how, Instant at) {
            return new Offer(locationId, therapistId, roomId, start, end, offeredAt, holdUntil, how, at);
        }
    }

    /** One event on the entry, with the actor and reason of the request behind it. */
    public record Change(long seq, String type, Instant at, String actor, String reason) {}

    static WaitlistEntryView joined(WaitlistJoined event, long version, Instant at, Change change) {
        return new WaitlistEntryView(
                event.entryId().value(),
                event.clientId().value(),
                event.technique(),
                event.locationIds().stream().map(Object::toString).sorted().toList(),
                event.window().start(),
                event.window().end(),
                WaitlistStatus.WAITING,
                at,
                null,
                null,
                List.of(),
                List.of(change),
                version);
    }

    WaitlistEntryView offered(Offer made, long seq, Change change) {
        List<Offer> all = new ArrayList<>(offers);
        all.add(made);
        return new WaitlistEntryView(
                id,
                clientId,
                technique,
                locationIds,
                from,
                to,
                WaitlistStatus.OFFERED,
                joinedAt,
                made,
                bookingId,
                all,
                with(change),
                seq);
    }

    /** The standing offer ends {@code how} (if there is one) and the entry is then {@code next}. */
    WaitlistEntryView offerEnded(
            Outcome how, WaitlistStatus next, String booking, long seq, Instant at, Change change) {
        List<Offer> all = new ArrayList<>(offers);
        if (offer != null && !all.isEmpty()) {
            all.set(all.size() - 1, offer.ended(how, at));
        }
        return new WaitlistEntryView(
                id, clientId, technique, locationIds, from, to, next, joinedAt, null, booking, all, with(change), seq);
    }

    private List<Change> with(Change change) {
        List<Change> all = new ArrayList<>(history);
        all.add(change);
        return all;
    }
}

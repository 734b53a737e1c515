package com.migrainecare.booking.booking;

import com.migrainecare.kernel.booking.BookingEvent;
import com.migrainecare.kernel.booking.BookingEvent.ClientCheckedIn;
import com.migrainecare.kernel.booking.BookingEvent.NoShowRecorded;
import com.migrainecare.kernel.booking.BookingEvent.SessionBooked;
import com.migrainecare.kernel.booking.BookingEvent.SessionCancelled;
import com.migrainecare.kernel.booking.BookingEvent.SessionCompleted;
import com.migrainecare.kernel.booking.BookingEvent.SessionRescheduled;
import com.migrainecare.kernel.booking.BookingStatus;
import com.migrainecare.kernel.booking.Placement;
import com.migrainecare.platform.axon.AxonStoreConfiguration;
import com.migrainecare.platform.store.VersionedDocuments;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code bookings} read model (one document per booking, at the version of the last event applied) and
 * the {@code booking_history} one (one document per booking, its entries keyed by sequence number). An event
 * older than the document is skipped, so replays and redeliveries change nothing.
 */
@Component
@ProcessingGroup("read-models")
public class BookingProjection {

    static final String BOOKINGS = "bookings";
    static final String HISTORY = "booking_history";

    private final MongoTemplate mongo;

    public BookingProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(SessionBooked event, @SequenceNumber long seq, @Timestamp Instant at, MetaData metaData) {
        Update update = placed(event.placement())
                .set("clientId", event.clientId().value())
                .set("technique", event.technique().name())
                .set(
                        "adjuncts",
                        event.adjuncts().stream().map(Enum::name).sorted().toList())
                .set("includesNeck", event.includesNeck())
                .set("status", BookingStatus.CONFIRMED.name())
                .set("bookedAt", Date.from(at));
        apply(event, seq, at, metaData, update, changes(null, event.placement()));
    }

    @EventHandler
    void on(SessionRescheduled event, @SequenceNumber long seq, @Timestamp Instant at, MetaData metaData) {
        apply(event, seq, at, metaData, placed(event.placement()), changes(event.previous(), event.placement()));
    }

    @EventHandler
    void on(SessionCancelled event, @SequenceNumber long seq, @Timestamp Instant at, MetaData metaData) {
        BookingStatus status = event.late() ? BookingStatus.LATE_CANCELLED : BookingStatus.CANCELLED;
        statusChange(event, seq, at, metaData, status);
    }

    @EventHandler
    void on(ClientCheckedIn event, @SequenceNumber long seq, @Timestamp Instant at, MetaData metaData) {
        statusChange(event, seq, at, metaData, BookingStatus.CHECKED_IN);
    }

    @EventHandler
    void on(SessionCompleted event, @SequenceNumber long seq, @Timestamp Instant at, MetaData metaData) {
        statusChange(event, seq, at, metaData, BookingStatus.COMPLETED);
    }

    @EventHandler
    void on(NoShowRecorded event, @SequenceNumber long seq, @Timestamp Instant at, MetaData metaData) {
        statusChange(event, seq, at, metaData, BookingStatus.NO_SHOW);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(BOOKINGS);
        mongo.dropCollection(HISTORY);
    }

    private void statusChange(BookingEvent event, long seq, Instant at, MetaData metaData, BookingStatus status) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("status", status.name());
        apply(event, seq, at, metaData, new Update().set("status", status.name()), changes);
    }

    private void apply(
            BookingEvent event, long seq, Instant at, MetaData metaData, Update update, Map<String, Object> changes) {
        String id = event.bookingId().value();
        VersionedDocuments.upsertIfNewer(mongo, BOOKINGS, id, "version", seq, update.set("updatedAt", Date.from(at)));
        Document entry = new Document("seq", seq)
                .append("type", event.getClass().getSimpleName())
                .append("at", Date.from(at))
                .append("actor", metaData.getOrDefault(AxonStoreConfiguration.ACTOR, "system"))
                .append("reason", metaData.get(AxonStoreConfiguration.REASON))
                .append("changes", new Document(changes));
        mongo.upsert(Query.query(Criteria.where("_id").is(id)), new Update().set("entries." + seq, entry), HISTORY);
    }

    private static Update placed(Placement placement) {
        return new Update()
                .set("therapistId", placement.therapistId().value())
                .set("locationId", placement.locationId().value())
                .set("roomId", placement.roomId().value())
                .set("start", Date.from(placement.slot().start()))
                .set("end", Date.from(placement.slot().end()))
                .set("zone", placement.zone().getId());
    }

    private static Map<String, Object> changes(Placement before, Placement after) {
        Map<String, Object> changes = new LinkedHashMap<>();
        change(
                changes,
                "start",
                before == null ? null : before.slot().start(),
                after.slot().start());
        change(
                changes,
                "end",
                before == null ? null : before.slot().end(),
                after.slot().end());
        change(changes, "therapistId", before == null ? null : before.therapistId(), after.therapistId());
        change(changes, "locationId", before == null ? null : before.locationId(), after.locationId());
        change(changes, "roomId", before == null ? null : before.roomId(), after.roomId());
        return changes;
    }

    private static void change(Map<String, Object> changes, String field, Object from, Object to) {
        if (from == null || !from.equals(to)) {
            changes.put(field, new Document("from", from == null ? null : from.toString()).append("to", to.toString()));
        }
    }
}

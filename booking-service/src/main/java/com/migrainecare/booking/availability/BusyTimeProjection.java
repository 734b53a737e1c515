package com.migrainecare.booking.availability;

import com.migrainecare.kernel.chain.LocationEvent.RoomReleased;
import com.migrainecare.kernel.chain.LocationEvent.RoomReserved;
import com.migrainecare.kernel.chain.TherapistEvent.TherapistReleased;
import com.migrainecare.kernel.chain.TherapistEvent.TherapistReserved;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Files every held slot under its therapist's and its room's days. Entries are keyed by booking and start,
 * so applying an event twice leaves the same document.
 */
@Component
@ProcessingGroup("read-models")
public class BusyTimeProjection {

    private final MongoTemplate mongo;

    public BusyTimeProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(TherapistReserved event) {
        hold(BusyDays.THERAPIST_DAYS, event.therapistId().value(), event.bookingId(), event.locationId(), event.slot());
    }

    @EventHandler
    void on(TherapistReleased event) {
        free(BusyDays.THERAPIST_DAYS, event.therapistId().value(), event.bookingId(), event.slot());
    }

    @EventHandler
    void on(RoomReserved event) {
        hold(BusyDays.ROOM_DAYS, event.roomId().value(), event.bookingId(), event.locationId(), event.slot());
    }

    @EventHandler
    void on(RoomReleased event) {
        free(BusyDays.ROOM_DAYS, event.roomId().value(), event.bookingId(), event.slot());
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(BusyDays.THERAPIST_DAYS);
        mongo.dropCollection(BusyDays.ROOM_DAYS);
    }

    private void hold(String collection, String resource, BookingId booking, LocationId location, TimeSlot slot) {
        Document entry = new Document("bookingId", booking.value())
                .append("locationId", location == null ? null : location.value())
                .append("start", java.util.Date.from(slot.start()))
                .append("end", java.util.Date.from(slot.end()));
        for (LocalDate day : BusyDays.daysOf(slot)) {
            mongo.upsert(byId(BusyDays.key(resource, day)), new Update().set(field(booking, slot), entry), collection);
        }
    }

    private void free(String collection, String resource, BookingId booking, TimeSlot slot) {
        for (LocalDate day : BusyDays.daysOf(slot)) {
            mongo.updateFirst(byId(BusyDays.key(resource, day)), new Update().unset(field(booking, slot)), collection);
        }
    }

    private static String field(BookingId booking, TimeSlot slot) {
        return "busy." + booking.value() + "_" + slot.start().getEpochSecond();
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}

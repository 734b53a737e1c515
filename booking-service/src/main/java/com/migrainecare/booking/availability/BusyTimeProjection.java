package com.migrainecare.booking.availability;

import com.migrainecare.kernel.booking.BookingEvent.HoldReleased;
import com.migrainecare.kernel.booking.BookingEvent.SessionBooked;
import com.migrainecare.kernel.booking.BookingEvent.SessionCancelled;
import com.migrainecare.kernel.booking.BookingEvent.SessionHeld;
import com.migrainecare.kernel.booking.BookingEvent.SessionRescheduled;
import com.migrainecare.kernel.booking.Placement;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.time.TimeSlot;
import com.migrainecare.platform.store.BatchedWrites;
import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Files every booked slot under its therapist's and its room's days; a move refiles it, a cancellation frees
 * it. Entries are keyed by booking and start, so applying an event twice leaves the same document. The writes of a
 * processor batch go to the store together when it commits ({@link BatchedWrites}).
 */
@Component
@ProcessingGroup("read-models")
public class BusyTimeProjection {

    private final MongoTemplate mongo;
    private final BatchedWrites writes;

    public BusyTimeProjection(MongoTemplate mongo, BatchedWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    @EventHandler
    void on(SessionBooked event) {
        hold(event.bookingId(), event.placement());
    }

    @EventHandler
    void on(SessionHeld event) {
        hold(event.bookingId(), event.placement());
    }

    @EventHandler
    void on(HoldReleased event) {
        free(event.bookingId(), event.placement());
    }

    @EventHandler
    void on(SessionRescheduled event) {
        free(event.bookingId(), event.previous());
        hold(event.bookingId(), event.placement());
    }

    @EventHandler
    void on(SessionCancelled event) {
        free(event.bookingId(), event.placement());
    }

    private void hold(BookingId booking, Placement placement) {
        hold(
                BusyDays.THERAPIST_DAYS,
                placement.therapistId().value(),
                booking,
                placement.locationId(),
                placement.slot());
        hold(BusyDays.ROOM_DAYS, placement.roomId().value(), booking, placement.locationId(), placement.slot());
    }

    private void free(BookingId booking, Placement placement) {
        free(BusyDays.THERAPIST_DAYS, placement.therapistId().value(), booking, placement.slot());
        free(BusyDays.ROOM_DAYS, placement.roomId().value(), booking, placement.slot());
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
            writes.upsert(collection, BusyDays.key(resource, day), new Update().set(field(booking, slot), entry));
        }
    }

    private void free(String collection, String resource, BookingId booking, TimeSlot slot) {
        for (LocalDate day : BusyDays.daysOf(slot)) {
            writes.update(collection, BusyDays.key(resource, day), new Update().unset(field(booking, slot)));
        }
    }

    private static String field(BookingId booking, TimeSlot slot) {
        return "busy." + booking.value() + "_" + slot.start().getEpochSecond();
    }
}

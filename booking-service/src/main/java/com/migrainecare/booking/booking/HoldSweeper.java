package com.migrainecare.booking.booking;

import com.migrainecare.booking.chain.AggregateReader;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.booking.BookingEvent.SessionBooked;
import com.migrainecare.kernel.booking.BookingEvent.SessionRescheduled;
import com.migrainecare.kernel.booking.Placement;
import com.migrainecare.kernel.chain.LocationCommand.ReleaseRoom;
import com.migrainecare.kernel.chain.LocationEvent.RoomReleased;
import com.migrainecare.kernel.chain.LocationEvent.RoomReserved;
import com.migrainecare.kernel.chain.TherapistCommand.ReleaseTherapist;
import com.migrainecare.kernel.chain.TherapistEvent.TherapistReleased;
import com.migrainecare.kernel.chain.TherapistEvent.TherapistReserved;
import com.migrainecare.kernel.client.ClientCommand.ReleaseClient;
import com.migrainecare.kernel.client.ClientEvent.ClientReleased;
import com.migrainecare.kernel.client.ClientEvent.ClientReserved;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.TimeSlot;
import com.migrainecare.platform.axon.Commands;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.modelling.command.Repository;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gives back reservations that no booking uses. A request reserves therapist, room and client before it
 * creates (or moves) the booking; if the process dies in between, those reservations would block the slot
 * for good. This ledger notes every reservation until a booking confirms it or it is released, and a
 * periodic sweep releases the ones that stayed unconfirmed for longer than any request takes.
 */
@Component
@ProcessingGroup("hold-ledger")
public class HoldSweeper {

    static final String COLLECTION = "pending_holds";
    private static final Logger log = LoggerFactory.getLogger(HoldSweeper.class);

    private final MongoTemplate mongo;
    private final Commands commands;
    private final AggregateReader<Booking> bookings;
    private final Clock clock;
    private final Duration grace;

    public HoldSweeper(
            MongoTemplate mongo,
            Commands commands,
            @Qualifier("bookingRepository") Repository<Booking> bookingRepository,
            Clock clock,
            @org.springframework.beans.factory.annotation.Value("${clinic.holds.grace:PT2M}") Duration grace) {
        this.mongo = mongo;
        this.commands = commands;
        this.bookings = new AggregateReader<>(bookingRepository, ErrorCode.BOOKING_NOT_FOUND);
        this.clock = clock;
        this.grace = grace;
    }

    /** What kind of calendar a reservation is on. */
    enum Kind {
        THERAPIST,
        ROOM,
        CLIENT
    }

    @EventHandler
    void on(TherapistReserved event, @Timestamp Instant at) {
        note(Kind.THERAPIST, event.therapistId().value(), event.bookingId(), event.slot(), at);
    }

    @EventHandler
    void on(RoomReserved event, @Timestamp Instant at) {
        note(Kind.ROOM, event.roomId().value(), event.bookingId(), event.slot(), at);
    }

    @EventHandler
    void on(ClientReserved event, @Timestamp Instant at) {
        note(Kind.CLIENT, event.clientId().value(), event.bookingId(), event.slot(), at);
    }

    @EventHandler
    void on(TherapistReleased event) {
        forget(Kind.THERAPIST, event.therapistId().value(), event.bookingId(), event.slot());
    }

    @EventHandler
    void on(RoomReleased event) {
        forget(Kind.ROOM, event.roomId().value(), event.bookingId(), event.slot());
    }

    @EventHandler
    void on(ClientReleased event) {
        forget(Kind.CLIENT, event.clientId().value(), event.bookingId(), event.slot());
    }

    @EventHandler
    void on(SessionBooked event) {
        confirm(event.bookingId(), event.clientId(), event.placement());
    }

    @EventHandler
    void on(SessionRescheduled event) {
        confirm(event.bookingId(), event.clientId(), event.placement());
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    @Scheduled(fixedDelayString = "${clinic.holds.sweep-interval:PT1M}", initialDelayString = "PT1M")
    public void sweep() {
        sweep(clock.instant());
    }

    /** Releases every reservation noted before {@code now - grace} that its booking does not use. */
    public int sweep(Instant now) {
        Query stale = Query.query(Criteria.where("heldAt").lt(Date.from(now.minus(grace))));
        int released = 0;
        for (Document hold : mongo.find(stale, Document.class, COLLECTION)) {
            BookingId booking = new BookingId(hold.getString("bookingId"));
            TimeSlot slot = new TimeSlot(
                    hold.getDate("start").toInstant(), hold.getDate("end").toInstant());
            Kind kind = Kind.valueOf(hold.getString("kind"));
            String resource = hold.getString("resource");
            if (currentPlacement(booking)
                    .filter(p -> uses(p, kind, resource, slot))
                    .isPresent()) {
                forget(kind, resource, booking, slot);
                continue;
            }
            log.warn("Releasing {} {} held for booking {} that never used it", kind, resource, booking);
            commands.send(release(kind, resource, booking, slot), "unused reservation released");
            released++;
        }
        return released;
    }

    private Optional<Placement> currentPlacement(BookingId booking) {
        try {
            return Optional.of(bookings.read(booking.value(), Booking::snapshot).placement());
        } catch (RuleViolation notBooked) {
            return Optional.empty();
        }
    }

    private static boolean uses(Placement placement, Kind kind, String resource, TimeSlot slot) {
        boolean sameResource =
                switch (kind) {
                    case THERAPIST -> placement.therapistId().value().equals(resource);
                    case ROOM -> placement.roomId().value().equals(resource);
                    case CLIENT -> true;
                };
        return sameResource && placement.slot().equals(slot);
    }

    private static Object release(Kind kind, String resource, BookingId booking, TimeSlot slot) {
        return switch (kind) {
            case THERAPIST -> new ReleaseTherapist(new TherapistId(resource), booking, slot);
            case ROOM -> new ReleaseRoom(new RoomId(resource), booking, slot);
            case CLIENT -> new ReleaseClient(new ClientId(resource), booking, slot);
        };
    }

    private void note(Kind kind, String resource, BookingId booking, TimeSlot slot, Instant at) {
        mongo.upsert(
                byId(kind, resource, booking, slot),
                new org.springframework.data.mongodb.core.query.Update()
                        .set("kind", kind.name())
                        .set("resource", resource)
                        .set("bookingId", booking.value())
                        .set("start", Date.from(slot.start()))
                        .set("end", Date.from(slot.end()))
                        .set("heldAt", Date.from(at)),
                COLLECTION);
    }

    private void forget(Kind kind, String resource, BookingId booking, TimeSlot slot) {
        mongo.remove(byId(kind, resource, booking, slot), COLLECTION);
    }

    private void confirm(BookingId booking, ClientId client, Placement placement) {
        for (Kind kind : List.of(Kind.THERAPIST, Kind.ROOM, Kind.CLIENT)) {
            String resource =
                    switch (kind) {
                        case THERAPIST -> placement.therapistId().value();
                        case ROOM -> placement.roomId().value();
                        case CLIENT -> client.value();
                    };
            forget(kind, resource, booking, placement.slot());
        }
    }

    private static Query byId(Kind kind, String resource, BookingId booking, TimeSlot slot) {
        String id = kind + ":" + resource + ":" + booking + ":" + slot.start().getEpochSecond();
        return Query.query(Criteria.where("_id").is(id));
    }
}

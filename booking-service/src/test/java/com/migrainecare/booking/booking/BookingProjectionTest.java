package com.migrainecare.booking.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrainecare.kernel.booking.BookingEvent.SessionBooked;
import com.migrainecare.kernel.booking.BookingEvent.SessionCancelled;
import com.migrainecare.kernel.booking.BookingEvent.SessionRescheduled;
import com.migrainecare.kernel.booking.Placement;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.chain.CancellationPolicy;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.TimeSlot;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The booking projections on a real Mongo-wire store: state, history, and replay safety. */
class BookingProjectionTest {

    private static final Instant T0 = Instant.parse("2030-11-30T08:00:00Z");
    private static final BookingId BOOKING = new BookingId("b-1");
    private static final ClientId CLIENT = new ClientId("c-1");
    private static final MetaData BY_DESK = MetaData.with("actor", "desk").and("reason", "asked by phone");

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;
    private BookingProjection projection;
    private BookingQueries queries;

    @BeforeEach
    void startStore() {
        server = new MongoServer(H2Backend.inMemory());
        client = MongoClients.create(server.bindAndGetConnectionString());
        mongo = new MongoTemplate(client, "projection-test");
        projection = new BookingProjection(mongo);
        queries = new BookingQueries(mongo);
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    private static Placement at(String start, String room) {
        return new Placement(
                new TherapistId("t-1"),
                new LocationId("l-1"),
                new RoomId(room),
                TimeSlot.of(Instant.parse(start), Duration.ofMinutes(45)),
                ZoneId.of("Europe/Berlin"),
                CancellationPolicy.STANDARD);
    }

    private final SessionBooked booked = new SessionBooked(
            BOOKING,
            CLIENT,
            Technique.TRIGGER_POINT,
            Set.of(Technique.HEAT_THERAPY),
            true,
            at("2030-12-02T09:00:00Z", "r-1"));
    private final SessionRescheduled moved =
            new SessionRescheduled(BOOKING, CLIENT, booked.placement(), at("2030-12-03T09:00:00Z", "r-2"));
    private final SessionCancelled cancelled = new SessionCancelled(BOOKING, CLIENT, moved.placement(), true);

    @Test
    void followsTheBookingThroughItsLife() {
        projection.on(booked, 0, T0, BY_DESK);
        projection.on(moved, 1, T0.plusSeconds(60), BY_DESK);
        projection.on(cancelled, 2, T0.plusSeconds(120), MetaData.with("actor", "manager"));

        Document doc = queries.get("b-1");
        assertThat(doc.getString("status")).isEqualTo("LATE_CANCELLED");
        assertThat(doc.getString("roomId")).isEqualTo("r-2");
        assertThat(doc.getDate("start").toInstant()).isEqualTo(Instant.parse("2030-12-03T09:00:00Z"));
        assertThat(((Number) doc.get("version")).longValue()).isEqualTo(2);

        List<Document> history = queries.history("b-1");
        assertThat(history)
                .extracting(entry -> entry.getString("type"))
                .containsExactly("SessionBooked", "SessionRescheduled", "SessionCancelled");
        assertThat(history.get(1).getString("actor")).isEqualTo("desk");
        assertThat(history.get(1).getString("reason")).isEqualTo("asked by phone");
        assertThat(history.get(1).get("changes", Document.class).keySet())
                .containsExactlyInAnyOrder("start", "end", "roomId");
        assertThat(history.get(2).getString("actor")).isEqualTo("manager");
    }

    @Test
    void replayingOlderEventsChangesNothing() {
        projection.on(booked, 0, T0, BY_DESK);
        projection.on(moved, 1, T0.plusSeconds(60), BY_DESK);
        projection.on(cancelled, 2, T0.plusSeconds(120), BY_DESK);
        Document before = queries.get("b-1");
        List<Document> historyBefore = queries.history("b-1");

        projection.on(booked, 0, T0, BY_DESK);
        projection.on(moved, 1, T0.plusSeconds(60), BY_DESK);

        assertThat(queries.get("b-1")).isEqualTo(before);
        assertThat(queries.history("b-1")).isEqualTo(historyBefore);
    }

    @Test
    void listsByFilterInStartOrderWithTotals() {
        projection.on(booked, 0, T0, BY_DESK);
        SessionBooked earlier = new SessionBooked(
                new BookingId("b-0"),
                new ClientId("c-2"),
                Technique.EFFLEURAGE,
                Set.of(),
                false,
                at("2030-12-01T09:00:00Z", "r-1"));
        projection.on(earlier, 0, T0, BY_DESK);
        SessionBooked elsewhere = new SessionBooked(
                new BookingId("b-9"),
                new ClientId("c-3"),
                Technique.EFFLEURAGE,
                Set.of(),
                false,
                new Placement(
                        new TherapistId("t-2"),
                        new LocationId("l-2"),
                        new RoomId("r-9"),
                        TimeSlot.of(Instant.parse("2030-12-01T07:00:00Z"), Duration.ofMinutes(30)),
                        ZoneId.of("America/Chicago"),
                        CancellationPolicy.STANDARD));
        projection.on(elsewhere, 0, T0, BY_DESK);

        BookingQueries.Page page = queries.list(new BookingQueries.Filter(null, "t-1", null, null, null, null), 0, 10);
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.content()).extracting(doc -> doc.getString("_id")).containsExactly("b-0", "b-1");

        BookingQueries.Page window = queries.list(
                new BookingQueries.Filter(
                        null,
                        null,
                        null,
                        Instant.parse("2030-12-02T00:00:00Z"),
                        Instant.parse("2030-12-03T00:00:00Z"),
                        "CONFIRMED"),
                0,
                10);
        assertThat(window.content()).extracting(doc -> doc.getString("_id")).containsExactly("b-1");
        assertThat(Map.of("total", window.total())).containsEntry("total", 1L);
    }
}

package com.migrainecare.booking.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.migrainecare.booking.EmbeddedStore;
import com.migrainecare.booking.booking.BookingHistory.Change;
import com.migrainecare.booking.booking.BookingHistory.Changes;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.booking.BookingEvent.SessionBooked;
import com.migrainecare.kernel.booking.BookingEvent.SessionCancelled;
import com.migrainecare.kernel.booking.BookingEvent.SessionRescheduled;
import com.migrainecare.kernel.booking.BookingStatus;
import com.migrainecare.kernel.booking.Placement;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.chain.CancellationPolicy;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.TimeSlot;
import com.migrainecare.platform.access.Narrowing;
import com.migrainecare.platform.store.BatchedWrites;
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

    private EmbeddedStore store;
    private MongoTemplate mongo;
    private BookingProjection projection;
    private BookingQueries queries;

    @BeforeEach
    void startStore() {
        store = EmbeddedStore.start();
        mongo = store.mongo();
        projection = new BookingProjection(mongo, new BatchedWrites(mongo));
        queries = new BookingQueries(mongo);
    }

    @AfterEach
    void stopStore() {
        store.close();
    }

    /** The stored document of the booking, as the store holds it. */
    private Document raw(String collection) {
        return mongo.findById(BOOKING.value(), Document.class, collection);
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

        BookingView view = queries.get(BOOKING);
        assertThat(view.status()).isEqualTo(BookingStatus.LATE_CANCELLED);
        assertThat(view.roomId()).isEqualTo("r-2");
        assertThat(view.start()).isEqualTo(Instant.parse("2030-12-03T09:00:00Z"));
        assertThat(view.end()).isEqualTo(Instant.parse("2030-12-03T09:45:00Z"));
        assertThat(view.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(view.technique()).isEqualTo(Technique.TRIGGER_POINT);
        assertThat(view.adjuncts()).containsExactly(Technique.HEAT_THERAPY);
        assertThat(view.includesNeck()).isTrue();
        assertThat(view.bookedAt()).isEqualTo(T0);
        assertThat(view.updatedAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(view.version()).isEqualTo(2);

        List<BookingHistory.Entry> history = queries.history(BOOKING);
        assertThat(history)
                .extracting(BookingHistory.Entry::seq, BookingHistory.Entry::type)
                .containsExactly(
                        tuple(0L, "SessionBooked"), tuple(1L, "SessionRescheduled"), tuple(2L, "SessionCancelled"));
        assertThat(history.get(1).actor()).isEqualTo("desk");
        assertThat(history.get(1).reason()).isEqualTo("asked by phone");
        assertThat(history.get(1).at()).isEqualTo(T0.plusSeconds(60));
        assertThat(history.get(1).changes())
                .isEqualTo(new Changes(
                        new Change("2030-12-02T09:00:00Z", "2030-12-03T09:00:00Z"),
                        new Change("2030-12-02T09:45:00Z", "2030-12-03T09:45:00Z"),
                        null,
                        null,
                        new Change("r-1", "r-2"),
                        null));
        assertThat(history.get(2).actor()).isEqualTo("manager");
        assertThat(history.get(2).reason()).isNull();
        assertThat(history.get(2).changes()).isEqualTo(Changes.status(BookingStatus.LATE_CANCELLED));
    }

    @Test
    void replayingOlderEventsChangesNothing() {
        projection.on(booked, 0, T0, BY_DESK);
        projection.on(moved, 1, T0.plusSeconds(60), BY_DESK);
        projection.on(cancelled, 2, T0.plusSeconds(120), BY_DESK);
        Document before = raw(BookingView.COLLECTION);
        Document historyBefore = raw(BookingHistory.COLLECTION);

        projection.on(booked, 0, T0, BY_DESK);
        projection.on(moved, 1, T0.plusSeconds(60), BY_DESK);
        projection.on(cancelled, 2, T0.plusSeconds(120), BY_DESK);

        assertThat(raw(BookingView.COLLECTION)).isEqualTo(before);
        assertThat(raw(BookingHistory.COLLECTION)).isEqualTo(historyBefore);
        assertThat(queries.get(BOOKING).status()).isEqualTo(BookingStatus.LATE_CANCELLED);
        assertThat(queries.history(BOOKING)).hasSize(3);
    }

    @Test
    void aNewerEventThatArrivesFirstIsNotOverwrittenByTheOlderOne() {
        projection.on(moved, 1, T0.plusSeconds(60), BY_DESK);
        projection.on(booked, 0, T0, BY_DESK);

        BookingView view = queries.get(BOOKING);
        assertThat(view.roomId()).isEqualTo("r-2");
        assertThat(view.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(view.version()).isEqualTo(1);
        assertThat(queries.history(BOOKING))
                .extracting(BookingHistory.Entry::type)
                .containsExactly("SessionBooked", "SessionRescheduled");
    }

    @Test
    void anUnknownBookingIsNotFound() {
        projection.on(booked, 0, T0, BY_DESK);
        BookingId unknown = new BookingId("b-unknown");

        assertThatThrownBy(() -> queries.get(unknown))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BOOKING_NOT_FOUND));
        assertThatThrownBy(() -> queries.history(unknown))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BOOKING_NOT_FOUND));
    }

    @Test
    void aResetDropsBothReadModels() {
        projection.on(booked, 0, T0, BY_DESK);

        projection.reset();

        assertThat(mongo.collectionExists(BookingView.class)).isFalse();
        assertThat(mongo.collectionExists(BookingHistory.class)).isFalse();
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

        BookingQueries.Page page = queries.list(
                new BookingQueries.Filter(null, "t-1", null, null, null, null), Narrowing.EVERYTHING, 0, 10);
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.content()).extracting(BookingView::id).containsExactly("b-0", "b-1");

        BookingQueries.Page window = queries.list(
                new BookingQueries.Filter(
                        null,
                        null,
                        null,
                        Instant.parse("2030-12-02T00:00:00Z"),
                        Instant.parse("2030-12-03T00:00:00Z"),
                        BookingStatus.CONFIRMED),
                Narrowing.EVERYTHING,
                0,
                10);
        assertThat(window.content()).extracting(BookingView::id).containsExactly("b-1");
        assertThat(Map.of("total", window.total())).containsEntry("total", 1L);
    }
}

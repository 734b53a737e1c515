package com.migrainecare.notification.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrainecare.kernel.booking.BookingStatus;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The projection against the same Mongo-wire server the service embeds, fed events in and out of order. */
class WatchedSessionProjectionTest {

    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant MOVED_START = Instant.parse("2026-12-03T14:30:00Z");
    private static final Instant BOOKED_AT = Instant.parse("2026-11-20T08:00:00Z");

    private static MongoServer server;
    private static MongoClient client;

    private MongoTemplate mongo;
    private WatchedSessions sessions;
    private WatchedSessionProjection projection;
    private final BookingEvents session = BookingEvents.sessionAt(START);
    private final BookingEvents moved = session.movedTo(MOVED_START);

    @BeforeAll
    static void startStore() {
        server = new MongoServer(H2Backend.inMemory());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    @AfterAll
    static void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void freshDatabase() {
        mongo = new MongoTemplate(client, "projection-" + UUID.randomUUID());
        sessions = new WatchedSessions(mongo);
        projection = new WatchedSessionProjection(mongo);
    }

    @Test
    void bookedSessionIsWatchedWithItsPlacement() {
        projection.on(session.booked(), 0, BOOKED_AT);

        assertThat(sessions.find(session.bookingId())).hasValueSatisfying(watched -> {
            assertThat(watched.bookingId()).isEqualTo(session.bookingId().value());
            assertThat(watched.clientId()).isEqualTo(session.clientId().value());
            assertThat(watched.therapistId()).isEqualTo("therapist-1");
            assertThat(watched.locationId()).isEqualTo("location-berlin");
            assertThat(watched.start()).isEqualTo(START);
            assertThat(watched.end()).isEqualTo(START.plus(Duration.ofHours(1)));
            assertThat(watched.zone()).isEqualTo(BookingEvents.BERLIN);
            assertThat(watched.status()).isEqualTo(BookingStatus.CONFIRMED);
            assertThat(watched.lastSequence()).isZero();
            assertThat(watched.updatedAt()).isEqualTo(BOOKED_AT);
            assertThat(watched.stands()).isTrue();
        });
    }

    @Test
    void rescheduleMovesTheSessionAndKeepsItConfirmed() {
        projection.on(session.booked(), 0, BOOKED_AT);
        projection.on(session.rescheduledTo(moved), 1, BOOKED_AT.plusSeconds(60));

        WatchedSession watched = watched();
        assertThat(watched.start()).isEqualTo(MOVED_START);
        assertThat(watched.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(watched.lastSequence()).isEqualTo(1);
        assertThat(watched.updatedAt()).isEqualTo(BOOKED_AT.plusSeconds(60));
    }

    @Test
    void replayingOlderEventsAfterNewerOnesChangesNothing() {
        projection.on(session.booked(), 0, BOOKED_AT);
        projection.on(session.rescheduledTo(moved), 1, BOOKED_AT.plusSeconds(60));
        projection.on(moved.cancelled(false), 2, BOOKED_AT.plusSeconds(120));
        Document latest = rawDocument();

        projection.on(session.booked(), 0, BOOKED_AT);
        projection.on(session.rescheduledTo(moved), 1, BOOKED_AT.plusSeconds(60));

        assertThat(rawDocument()).isEqualTo(latest);
        assertThat(watched().status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(watched().start()).isEqualTo(MOVED_START);
        assertThat(watched().lastSequence()).isEqualTo(2);
        assertThat(watched().stands()).isFalse();
    }

    @Test
    void theSameEventTwiceLeavesTheSameDocument() {
        projection.on(session.booked(), 0, BOOKED_AT);
        projection.on(session.cancelled(true), 1, BOOKED_AT.plusSeconds(60));
        Document once = rawDocument();

        projection.on(session.cancelled(true), 1, BOOKED_AT.plusSeconds(60));

        assertThat(rawDocument()).isEqualTo(once);
        assertThat(watched().status()).isEqualTo(BookingStatus.LATE_CANCELLED);
    }

    @Test
    void aNewerEventThatArrivesFirstIsNotOverwrittenByTheOlderOne() {
        projection.on(session.rescheduledTo(moved), 1, BOOKED_AT.plusSeconds(60));
        projection.on(session.booked(), 0, BOOKED_AT);

        assertThat(watched().start()).isEqualTo(MOVED_START);
        assertThat(watched().lastSequence()).isEqualTo(1);
    }

    @Test
    void attendanceEventsSetTheirStatus() {
        projection.on(session.booked(), 0, BOOKED_AT);
        projection.on(session.checkedIn(), 1, START);
        assertThat(watched().status()).isEqualTo(BookingStatus.CHECKED_IN);
        assertThat(watched().stands()).isTrue();

        projection.on(session.completed(), 2, START.plusSeconds(3600));
        assertThat(watched().status()).isEqualTo(BookingStatus.COMPLETED);
        assertThat(watched().stands()).isFalse();
    }

    @Test
    void noShowIsRecorded() {
        projection.on(session.booked(), 0, BOOKED_AT);
        projection.on(session.noShow(), 1, START.plusSeconds(1800));

        assertThat(watched().status()).isEqualTo(BookingStatus.NO_SHOW);
    }

    @Test
    void eachBookingHasItsOwnDocument() {
        BookingEvents other = BookingEvents.sessionAt(MOVED_START);
        projection.on(session.booked(), 0, BOOKED_AT);
        projection.on(other.booked(), 0, BOOKED_AT);
        projection.on(other.cancelled(false), 1, BOOKED_AT.plusSeconds(60));

        assertThat(watched().status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(sessions.find(other.bookingId())).map(WatchedSession::status).hasValue(BookingStatus.CANCELLED);
    }

    @Test
    void aResetClearsTheSessionsSoThatTheReplayRebuildsThem() {
        projection.on(session.booked(), 0, BOOKED_AT);
        projection.on(session.cancelled(false), 1, BOOKED_AT.plusSeconds(60));

        projection.onReset();
        assertThat(sessions.find(session.bookingId())).isEmpty();

        projection.on(session.booked(), 0, BOOKED_AT);
        assertThat(watched().status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    private WatchedSession watched() {
        return sessions.find(session.bookingId()).orElseThrow();
    }

    private Document rawDocument() {
        return mongo.findById(session.bookingId().value(), Document.class, WatchedSession.COLLECTION);
    }
}

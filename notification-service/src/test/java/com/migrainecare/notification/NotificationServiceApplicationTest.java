package com.migrainecare.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.migrainecare.kernel.booking.BookingEvent;
import com.migrainecare.notification.session.BookingEvents;
import com.migrainecare.notification.session.WatchedSessionProjection;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The whole service on stores of its own (see {@code clinic.store.isolated}), driven through events and HTTP. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "clinic.store.embedded.port=0",
            "clinic.store.embedded.file=",
            "clinic.store.isolated=true",
            "clinic.security.users[0].username=ops",
            "clinic.security.users[0].password={noop}pw",
            "clinic.security.users[0].roles[0]=MANAGER",
            "clinic.security.users[0].all-locations=true",
            "clinic.security.users[1].username=someone",
            "clinic.security.users[1].password={noop}pw",
            "clinic.security.users[1].roles[0]=CLIENT"
        })
class NotificationServiceApplicationTest {

    private static final Duration PROJECTION_TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    private EventStore eventStore;

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void followsASessionThroughItsEvents() {
        BookingEvents session = BookingEvents.sessionAt(Instant.parse("2026-12-01T09:00:00Z"));
        BookingEvents moved = session.movedTo(Instant.parse("2026-12-03T14:30:00Z"));

        publish(0, session.booked());
        awaitSession(session, "CONFIRMED", 0);
        assertThat(watchedSession(session).getBody().path("start").asText()).isEqualTo("2026-12-01T10:00:00+01:00");

        publish(1, session.rescheduledTo(moved));
        publish(2, moved.cancelled(true));
        awaitSession(session, "LATE_CANCELLED", 2);
        JsonNode watched = watchedSession(session).getBody();
        assertThat(watched.path("id").asText()).isEqualTo(session.bookingId().value());
        assertThat(watched.path("clientId").asText())
                .isEqualTo(session.clientId().value());
        assertThat(watched.path("start").asText()).isEqualTo("2026-12-03T15:30:00+01:00");
        assertThat(watched.path("zone").asText()).isEqualTo("Europe/Berlin");
    }

    @Test
    void anUnknownBookingIsNotFound() {
        ResponseEntity<JsonNode> response =
                http.withBasicAuth("ops", "pw").getForEntity("/api/watched-sessions/no-such-booking", JsonNode.class);

        assertProblem(response, HttpStatus.NOT_FOUND, "SESSION_NOT_FOUND");
    }

    @Test
    void aMalformedBookingIdIsABadRequest() {
        ResponseEntity<JsonNode> response =
                http.withBasicAuth("ops", "pw").getForEntity("/api/watched-sessions/not.an.id", JsonNode.class);

        // outside the id pattern the API documents: refused by the same validation, naming the field
        assertProblem(response, HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
        assertThat(response.getBody().at("/errors/0/field").asText()).isEqualTo("bookingId");
    }

    @Test
    void anUnknownPathIsAProblem() {
        ResponseEntity<JsonNode> response =
                http.withBasicAuth("ops", "pw").getForEntity("/api/nothing-here", JsonNode.class);

        assertProblem(response, HttpStatus.NOT_FOUND, "NOT_FOUND");
    }

    @Test
    void theApiNeedsAuthentication() {
        ResponseEntity<JsonNode> response = http.getForEntity("/api/watched-sessions/any", JsonNode.class);

        assertProblem(response, HttpStatus.UNAUTHORIZED, "UNAUTHORIZED");
    }

    @Test
    void clientsCannotInspectWatchedSessions() {
        ResponseEntity<JsonNode> response =
                http.withBasicAuth("someone", "pw").getForEntity("/api/watched-sessions/any", JsonNode.class);

        assertProblem(response, HttpStatus.FORBIDDEN, "FORBIDDEN");
    }

    @Test
    void isReadyWithItsEventProcessorRunning() {
        ResponseEntity<JsonNode> readiness = http.getForEntity("/actuator/health/readiness", JsonNode.class);
        assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(readiness.getBody().path("status").asText()).isEqualTo("UP");

        JsonNode health = http.withBasicAuth("ops", "pw")
                .getForEntity("/actuator/health", JsonNode.class)
                .getBody();
        JsonNode sessionWatch = health.path("components")
                .path("eventProcessing")
                .path("details")
                .path("session-watch");
        assertThat(health.path("components")
                        .path("eventProcessing")
                        .path("status")
                        .asText())
                .isEqualTo("UP");
        assertThat(sessionWatch.path("running").asBoolean()).isTrue();
        assertThat(health.path("components")
                        .path("eventProcessing")
                        .path("details")
                        .path("reminder-planning")
                        .path("running")
                        .asBoolean())
                .isTrue();
        assertThat(sessionWatch.path("error").asBoolean(true)).isFalse();
    }

    @Test
    void aFailingProjectionHandlerHoldsItsSegmentInsteadOfSkippingTheEvent() {
        assertThat(processing.listenerInvocationErrorHandler(WatchedSessionProjection.PROCESSING_GROUP))
                .isInstanceOf(PropagatingErrorHandler.class);
    }

    private void publish(long sequence, BookingEvent event) {
        eventStore.publish(
                new GenericDomainEventMessage<>("Booking", event.bookingId().value(), sequence, event));
    }

    private void awaitSession(BookingEvents session, String status, long lastSequence) {
        await().atMost(PROJECTION_TIMEOUT).untilAsserted(() -> {
            ResponseEntity<JsonNode> response = watchedSession(session);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(response.getBody().path("status").asText()).isEqualTo(status);
            assertThat(response.getBody().path("lastSequence").asLong()).isEqualTo(lastSequence);
        });
    }

    private ResponseEntity<JsonNode> watchedSession(BookingEvents session) {
        return http.withBasicAuth("ops", "pw")
                .getForEntity(
                        "/api/watched-sessions/{id}",
                        JsonNode.class,
                        session.bookingId().value());
    }

    static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String code) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("content type %s", response.getHeaders().getContentType())
                .isTrue();
        assertThat(response.getBody().path("status").asInt()).isEqualTo(status.value());
        assertThat(response.getBody().path("code").asText()).isEqualTo(code);
    }
}

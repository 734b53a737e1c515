package com.migrainecare.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.migrainecare.kernel.client.ClientEvent.ClientRegistered;
import com.migrainecare.kernel.client.ReminderPreferences;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.notification.session.BookingEvents;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo users against every operation of the served OpenAPI document, and a client's reminders and
 * deliveries narrowed to their own: demo-client-1 is the {@code client} login, demo-client-2 somebody else.
 */
@ActiveProfiles("demo")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clinic.store.embedded.port=0", "clinic.store.embedded.file=", "clinic.store.isolated=true"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationAccessTest {

    static final List<String> USERS = List.of("admin", "manager", "frontdesk", "therapist", "client");

    /** As the test checks it (sessions of both clients are set up once): A passes the gate, F is 403; every operation answers 401 without credentials. */
    static final Map<String, String> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("POST /api/auth/token", "A A A A A");
        MATRIX.put("GET /api/reminders", "A A F F A");
        MATRIX.put("GET /api/deliveries", "A A F F A");
        MATRIX.put("GET /api/watched-sessions/{bookingId}", "A A F F F");
    }

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private EventStore eventStore;

    private BookingEvents own;
    private BookingEvents others;

    @BeforeAll
    void twoClientsWithASessionEach() {
        own = sessionOf("demo-client-1");
        others = sessionOf("demo-client-2");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> get("admin", "/api/reminders?bookingId=" + others.bookingId())
                                        .size()
                                == 2
                        && status("admin", "GET /api/watched-sessions/{bookingId}") == 200);
    }

    @Test
    void everyDocumentedOperationAnswersEachRoleAsTheMatrixSays() {
        JsonNode paths = get(null, "/v3/api-docs").path("paths");
        TreeSet<String> documented = new TreeSet<>();
        paths.fields().forEachRemaining(path -> path.getValue()
                .fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
        documented.removeIf(operation -> !operation.contains(" /api/"));
        assertThat(MATRIX.keySet()).containsExactlyInAnyOrderElementsOf(documented);

        List<String> wrong = new ArrayList<>();
        MATRIX.forEach((operation, expected) -> {
            if (status(null, operation) != 401) {
                wrong.add(operation + " without credentials");
            }
            for (int u = 0; u < USERS.size(); u++) {
                int status = status(USERS.get(u), operation);
                String actual =
                        status == 403 ? "F" : status == 401 || status == 404 || status >= 500 ? "" + status : "A";
                if (!actual.equals(expected.split(" ")[u])) {
                    wrong.add(operation + " " + USERS.get(u) + ": " + actual);
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void aClientSeesOnlyTheirOwnReminders() {
        JsonNode reminders = get("client", "/api/reminders");

        assertThat(values(reminders, "clientId")).isNotEmpty().containsOnly("demo-client-1");
        assertThat(values(reminders, "bookingId")).contains(own.bookingId().value());
        assertThat(get("client", "/api/reminders?clientId=demo-client-2")).isEmpty();
        assertThat(get("client", "/api/reminders?bookingId=" + others.bookingId()))
                .isEmpty();
    }

    @Test
    void aClientFilteringDeliveriesByAnotherClientGetsNone() {
        assertThat(get("client", "/api/deliveries?clientId=demo-client-2")).isEmpty();
        assertThat(values(get("client", "/api/deliveries"), "clientId")).containsExactly("demo-client-1");
        assertThat(values(get("admin", "/api/deliveries"), "clientId")).contains("demo-client-1", "demo-client-2");
    }

    private BookingEvents sessionOf(String client) {
        // in 90 minutes: the 2-hour reminder is handed to the log at once, so each client has a delivery
        BookingEvents session = new BookingEvents(
                BookingId.random(),
                new ClientId(client),
                BookingEvents.placementAt(
                        Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(90))));
        eventStore.publish(new GenericDomainEventMessage<>(
                "Client",
                client,
                0,
                new ClientRegistered(
                        session.clientId(),
                        "Ada",
                        client + "@example.org",
                        null,
                        BookingEvents.BERLIN,
                        "en",
                        ReminderPreferences.DEFAULT)));
        eventStore.publish(
                new GenericDomainEventMessage<>("Booking", session.bookingId().value(), 0, session.booked()));
        return session;
    }

    private int status(String user, String operation) {
        String[] parts = operation.split(" ");
        String path = parts[1].replace("{bookingId}", own.bookingId().value());
        return http.exchange(path, HttpMethod.valueOf(parts[0]), new HttpEntity<>(headers(user)), String.class)
                .getStatusCode()
                .value();
    }

    private JsonNode get(String user, String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(user)), JsonNode.class)
                .getBody();
    }

    private static HttpHeaders headers(String user) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, "demo");
        }
        return headers;
    }

    private static List<String> values(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(node -> node.path(field).asText())
                .toList();
    }
}

package com.migrainecare.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.migrainecare.kernel.booking.BookingEvent;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.client.ClientEvent.ClientErased;
import com.migrainecare.kernel.client.ClientEvent.ClientRegistered;
import com.migrainecare.kernel.client.ReminderPreferences;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.ids.WaitlistEntryId;
import com.migrainecare.kernel.time.TimeSlot;
import com.migrainecare.kernel.waitlist.WaitlistEvent.SlotOffered;
import com.migrainecare.notification.contact.ClientContacts;
import com.migrainecare.notification.session.BookingEvents;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reminders through the whole service, on the same stores as {@link NotificationServiceApplicationTest} (the
 * same configuration, so the same application context): booking events in, the schedule and the deliveries out.
 */
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
class ReminderApplicationTest {

    private static final Duration PROJECTION_TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    private EventStore eventStore;

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private ClientContacts contacts;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void remindsOfABookedSessionAndWithdrawsTheRemindersWhenItIsCancelled() {
        BookingEvents session = registeredClientsSessionNextWeek();

        publish(0, session.booked());
        JsonNode scheduled = awaitReminders(session, "SCHEDULED");
        assertThat(scheduled)
                .extracting(reminder -> reminder.path("kind").asText())
                .containsOnly("PRE_SESSION");
        assertThat(scheduled)
                .extracting(reminder ->
                        OffsetDateTime.parse(reminder.path("dueAt").asText()).toInstant())
                .containsExactly(
                        session.placement().slot().start().minus(Duration.ofHours(48)),
                        session.placement().slot().start().minus(Duration.ofHours(2)));
        assertThat(scheduled).allSatisfy(reminder -> {
            assertThat(reminder.path("channel").asText()).isEqualTo("EMAIL");
            assertThat(reminder.path("bookingId").asText())
                    .isEqualTo(session.bookingId().value());
            assertThat(timerOf(reminder)).isPresent();
        });

        publish(1, session.cancelled(false));
        JsonNode withdrawn = awaitReminders(session, "WITHDRAWN");
        assertThat(withdrawn).hasSize(2).allSatisfy(reminder -> assertThat(timerOf(reminder))
                .isEmpty());
        assertThat(reminders("bookingId=" + session.bookingId() + "&status=SCHEDULED"))
                .isEmpty();
    }

    @Test
    void aTentativeSessionIsRemindedOnlyOnceTheClientAcceptsIt() {
        BookingEvents session = registeredClientsSessionNextWeek();

        publish(0, session.held(Instant.now().plus(Duration.ofHours(72))));
        publish(1, session.heldConfirmed());

        awaitReminders(session, "SCHEDULED");
        // events are handled in order: had the held session been planned, its version-0 reminders would be here
        assertThat(reminders("bookingId=" + session.bookingId()))
                .hasSize(2)
                .allSatisfy(reminder -> assertThat(reminder.path("id").asText()).contains(":v1"));
    }

    @Test
    void aReminderDueAtOnceIsHandedToTheLogAndListedAmongTheDeliveries() {
        BookingEvents session = BookingEvents.sessionAt(
                Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(90)));
        eventStore.publish(new GenericDomainEventMessage<>(
                "Client", session.clientId().value(), 0, registered(session.clientId())));

        publish(0, session.booked());

        JsonNode sent = await().atMost(PROJECTION_TIMEOUT)
                .until(
                        () -> reminders("bookingId=" + session.bookingId() + "&status=SENT"),
                        found -> found.size() == 1);
        assertThat(sent.get(0).path("leadTime").asText()).isEqualTo("PT2H");
        assertThat(sent.get(0).path("sentAt").isTextual()).isTrue();
        JsonNode deliveries = http.withBasicAuth("ops", "pw")
                .getForEntity(
                        "/api/deliveries?clientId={id}",
                        JsonNode.class,
                        session.clientId().value())
                .getBody();
        assertThat(deliveries).singleElement().satisfies(delivery -> {
            assertThat(delivery.path("transport").asText()).isEqualTo("LOG");
            assertThat(delivery.path("channel").asText()).isEqualTo("EMAIL");
            assertThat(delivery.path("recipient").asText()).isEqualTo("ada@example.org");
            assertThat(delivery.path("idempotencyKey").asText())
                    .isEqualTo(session.bookingId() + ":PRE_SESSION-PT2H:v0");
            assertThat(delivery.path("body").asText()).contains("Wasser");
            assertThat(delivery.path("receipt").asText()).isNotBlank();
        });
    }

    @Test
    void anErasedClientIsForgottenByTheContactsAndTheDeliveries() {
        BookingEvents session = BookingEvents.sessionAt(
                Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(90)));
        eventStore.publish(new GenericDomainEventMessage<>(
                "Client", session.clientId().value(), 0, registered(session.clientId())));
        publish(0, session.booked());
        await().atMost(PROJECTION_TIMEOUT).until(() -> deliveries(session).size() == 1);
        assertThat(jdbc.queryForList(
                        "SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                        byte[].class,
                        session.clientId().value()))
                .singleElement()
                .satisfies(payload ->
                        assertThat(new String(payload, StandardCharsets.UTF_8)).doesNotContain("ada@example.org"));

        eventStore.publish(new GenericDomainEventMessage<>(
                "Client", session.clientId().value(), 1, new ClientErased(session.clientId())));

        await().atMost(PROJECTION_TIMEOUT).untilAsserted(() -> {
            assertThat(contacts.findById(session.clientId().value())).isEmpty();
            assertThat(deliveries(session)).singleElement().satisfies(delivery -> {
                assertThat(delivery.path("recipient").isNull()).isTrue();
                assertThat(delivery.path("transport").asText()).isEqualTo("LOG");
            });
        });
    }

    @Test
    void aWaitlistOfferFromTheStoreGoesOutAtOnceWithItsOwnKind() {
        ClientId client = ClientId.random();
        WaitlistEntryId entry = WaitlistEntryId.random();
        eventStore.publish(new GenericDomainEventMessage<>("Client", client.value(), 0, registered(client)));
        Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        SlotOffered offer = new SlotOffered(
                entry,
                client,
                new LocationId("location-berlin"),
                new TherapistId("therapist-1"),
                new RoomId("room-1"),
                Technique.EFFLEURAGE,
                TimeSlot.of(start, Duration.ofMinutes(45)),
                Instant.now().plus(Duration.ofMinutes(30)));

        eventStore.publish(new GenericDomainEventMessage<>("WaitlistEntry", entry.value(), 0, offer));

        JsonNode sent = await().atMost(PROJECTION_TIMEOUT)
                .until(() -> reminders("clientId=" + client + "&status=SENT"), found -> found.size() == 1);
        assertThat(sent.get(0).path("kind").asText()).isEqualTo("WAITLIST_OFFER");
        JsonNode deliveries = http.withBasicAuth("ops", "pw")
                .getForEntity("/api/deliveries?clientId={id}", JsonNode.class, client.value())
                .getBody();
        assertThat(deliveries).singleElement().satisfies(delivery -> {
            assertThat(delivery.path("kind").asText()).isEqualTo("WAITLIST_OFFER");
            assertThat(delivery.path("subject").asText()).startsWith("Ein Termin am ");
        });
    }

    @Test
    void anUnknownReminderStatusIsABadRequest() {
        ResponseEntity<JsonNode> response =
                http.withBasicAuth("ops", "pw").getForEntity("/api/reminders?status=LOST", JsonNode.class);

        NotificationServiceApplicationTest.assertProblem(response, HttpStatus.BAD_REQUEST, "INVALID_PARAMETER");
    }

    @Test
    void aClientLoginLinkedToNoClientCannotListReminders() {
        ResponseEntity<JsonNode> response =
                http.withBasicAuth("someone", "pw").getForEntity("/api/reminders", JsonNode.class);

        NotificationServiceApplicationTest.assertProblem(response, HttpStatus.FORBIDDEN, "FORBIDDEN");
    }

    @Test
    void deliveriesAreListedForAPeriod() {
        ResponseEntity<JsonNode> response = http.withBasicAuth("ops", "pw")
                .getForEntity(
                        "/api/deliveries?clientId=nobody&from={from}&to={to}",
                        JsonNode.class,
                        "2020-01-01T00:00:00+01:00",
                        "2030-01-01T00:00:00Z");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().isArray()).isTrue();
        assertThat(response.getBody()).isEmpty();
    }

    /** A week ahead at 15:00 in Berlin, so that neither reminder falls into the quiet hours; its client known. */
    private BookingEvents registeredClientsSessionNextWeek() {
        BookingEvents session = BookingEvents.sessionAt(ZonedDateTime.now(BookingEvents.BERLIN)
                .plusDays(7)
                .with(LocalTime.of(15, 0))
                .toInstant());
        eventStore.publish(new GenericDomainEventMessage<>(
                "Client", session.clientId().value(), 0, registered(session.clientId())));
        return session;
    }

    private void publish(long sequence, BookingEvent event) {
        eventStore.publish(
                new GenericDomainEventMessage<>("Booking", event.bookingId().value(), sequence, event));
    }

    private JsonNode deliveries(BookingEvents session) {
        return http.withBasicAuth("ops", "pw")
                .getForEntity(
                        "/api/deliveries?clientId={id}",
                        JsonNode.class,
                        session.clientId().value())
                .getBody();
    }

    private JsonNode awaitReminders(BookingEvents session, String status) {
        return await().atMost(PROJECTION_TIMEOUT)
                .until(
                        () -> reminders("bookingId=" + session.bookingId() + "&status=" + status),
                        found -> found.size() == 2);
    }

    private JsonNode reminders(String query) {
        ResponseEntity<JsonNode> response =
                http.withBasicAuth("ops", "pw").getForEntity("/api/reminders?" + query, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private Optional<String> timerOf(JsonNode reminder) {
        return jdbc
                .queryForList(
                        "SELECT reminder_id FROM reminder_timers WHERE reminder_id = ?",
                        String.class,
                        reminder.path("id").asText())
                .stream()
                .findFirst();
    }

    private static ClientRegistered registered(ClientId clientId) {
        return new ClientRegistered(
                clientId,
                "Ada",
                "ada@example.org",
                null,
                ZoneId.of("Europe/Berlin"),
                "de",
                ReminderPreferences.DEFAULT);
    }
}

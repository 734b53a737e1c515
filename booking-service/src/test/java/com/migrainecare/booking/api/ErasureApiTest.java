package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Crypto-shredding end to end: personal fields are sealed in the store, erasing deletes the client's key, the read
 * models and the audit keep the sessions without the person, and every processor replays the store afterwards.
 */
/** Replays every processor, so the context is not handed on to other test classes. */
@DirtiesContext
class ErasureApiTest extends ApiTestSupport {

    private static final String NAME = "Mara Klein";
    private static final String EMAIL = "mara.klein@example.org";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void erasedClientLeavesNoPersonalDataAndEveryProcessorReplays() {
        Chain chain = chain("Europe/Berlin");
        String client = mara();
        intake(client, 10, 4, List.of("NECK"), List.of());
        String booking = created(
                        call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, client, inFiveDays())))
                .get("id")
                .toString();
        assertThat(storedPayloads(client))
                .isNotEmpty()
                .noneMatch(payload -> payload.contains(NAME))
                .noneMatch(payload -> payload.contains(EMAIL));
        eventually(() -> assertThat(client(client)).containsEntry("name", NAME).containsEntry("email", EMAIL));

        ResponseEntity<Map<String, Object>> erased = erase(client, Map.of("reason", "client asked to be forgotten"));

        assertThat(erased.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(jdbc.queryForMap("SELECT wrapped_key, erased_at FROM personal_data_key WHERE client_id = ?", client))
                .containsEntry("wrapped_key", null)
                .satisfies(row -> assertThat(row.get("erased_at")).isNotNull());
        eventually(() -> assertThatClientIsErased(client));
        eventually(() -> assertThatAuditKeepsTheSessionWithoutTheName(client, booking));

        replayEveryProcessor();

        eventually(() -> assertThatClientIsErased(client));
        eventually(() -> assertThatAuditKeepsTheSessionWithoutTheName(client, booking));
        eventually(() -> assertThat(call(HttpMethod.GET, "desk", "/api/bookings/" + booking, null)
                        .getBody())
                .containsEntry("clientId", client));
        assertThat(processing.eventProcessors().values())
                .allSatisfy(processor ->
                        assertThat(processor.isError()).as(processor.getName()).isFalse());
        assertThat(call(HttpMethod.GET, "admin", "/api/audit/verify", null).getBody())
                .containsEntry("verified", true);
    }

    @Test
    void aClientBookedBeforeTheErasureCannotBeBookedAfterIt() {
        Chain chain = chain("Europe/Berlin");
        String client = mara();
        created(call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, client, inFiveDays())));
        erase(client, Map.of("reason", "client asked to be forgotten"));

        // the booking before read the client's record; the erasure added an event to it since
        String later = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin"))).plusDays(6) + "T10:00";
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, client, later)),
                409,
                "CLIENT_ERASED");
    }

    @Test
    void erasedClientCannotBeBookedOrGivenNewHealthData() {
        Chain chain = chain("Europe/Berlin");
        String client = mara();
        erase(client, Map.of("reason", "client asked to be forgotten"));

        assertProblem(
                call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, client, inFiveDays())),
                409,
                "CLIENT_ERASED");
        assertProblem(
                call(
                        HttpMethod.POST,
                        "desk",
                        "/api/clients/" + client + "/clearances",
                        Map.of(
                                "clearedBy",
                                "Dr. Brandt",
                                "clearedOn",
                                LocalDate.now(clock).toString())),
                409,
                "CLIENT_ERASED");
        assertThat(erase(client, Map.of("reason", "asked again")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void erasureIsForAdminsWithAReason() {
        String client = mara();

        assertProblem(erase(client, Map.of()), 422, "REASON_REQUIRED");
        assertProblem(
                call(HttpMethod.DELETE, "manager", "/api/clients/" + client + "/personal-data", Map.of("reason", "x")),
                403,
                "FORBIDDEN");
        assertProblem(erase("no-such-client", Map.of("reason", "typo")), 404, "CLIENT_NOT_FOUND");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM personal_data_key WHERE client_id = ? AND erased_at IS NOT NULL",
                        Long.class,
                        client))
                .isZero();
        eventually(() -> assertThat(client(client)).containsEntry("name", NAME));
    }

    @Test
    void eventsWrittenInClearBeforeKeysExistedAreHiddenOnceTheClientIsErased() {
        String template = mara();
        String legacy = "legacy-" + template;
        String clear = "{\"clientId\":\"" + legacy + "\",\"name\":\"" + NAME + "\",\"email\":\"" + EMAIL
                + "\",\"phone\":null,\"timeZone\":\"Europe/Berlin\",\"locale\":\"de\",\"reminders\":null}";
        jdbc.update(
                "INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData,"
                        + " payload, payloadRevision, payloadType, timeStamp)"
                        + " SELECT ?, 0, type, ?, metaData, ?, '1', payloadType, timeStamp"
                        + " FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = 0",
                legacy,
                "legacy-event-" + template,
                clear.getBytes(StandardCharsets.UTF_8),
                template);
        eventually(() -> assertThat(client(legacy)).containsEntry("name", NAME).containsEntry("email", EMAIL));

        assertThat(erase(legacy, Map.of("reason", "client asked to be forgotten"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        eventually(() -> assertThatClientIsErased(legacy));
        replayEveryProcessor();
        eventually(() -> assertThatClientIsErased(legacy));
    }

    private String mara() {
        return created(call(
                        HttpMethod.POST,
                        "desk",
                        "/api/clients",
                        Map.of("name", NAME, "email", EMAIL, "phone", "+49 30 1234567")))
                .get("id")
                .toString();
    }

    private String inFiveDays() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin"))).plusDays(5) + "T10:00";
    }

    private ResponseEntity<Map<String, Object>> erase(String client, Map<String, Object> body) {
        return call(HttpMethod.DELETE, "admin", "/api/clients/" + client + "/personal-data", body);
    }

    private Map<String, Object> client(String id) {
        ResponseEntity<Map<String, Object>> response = call(HttpMethod.GET, "desk", "/api/clients/" + id, null);
        assertThat(response.getStatusCode()).as("body: %s", response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private void assertThatClientIsErased(String id) {
        Map<String, Object> view = client(id);
        assertThat(view.get("erasedAt")).isNotNull();
        assertThat(view.get("name")).isNull();
        assertThat(view.get("email")).isNull();
        assertThat(view.get("phone")).isNull();
        assertThat(view.get("intake")).isNull();
        assertThat(view.toString()).doesNotContain(NAME).doesNotContain(EMAIL);
    }

    @SuppressWarnings("unchecked")
    private void assertThatAuditKeepsTheSessionWithoutTheName(String client, String booking) {
        ResponseEntity<Map<String, Object>> page =
                call(HttpMethod.GET, "manager", "/api/audit/events?size=200&clientId=" + client, null);
        List<Map<String, Object>> entries =
                (List<Map<String, Object>>) page.getBody().get("content");
        assertThat(entries)
                .extracting(entry -> entry.get("type"))
                .contains("ClientRegistered", "IntakeRecorded", "SessionBooked", "ClientErased");
        assertThat(entries)
                .filteredOn(entry -> "ClientErased".equals(entry.get("type")))
                .singleElement()
                .satisfies(entry -> assertThat(entry)
                        .containsEntry("actor", "admin")
                        .containsEntry("summary", "client's personal data erased")
                        .containsEntry("reason", "client asked to be forgotten"));
        assertThat(entries.toString()).contains(booking).doesNotContain(NAME).doesNotContain(EMAIL);
    }

    /** Resets every tracking processor that may be replayed and runs it again over the whole store. */
    private void replayEveryProcessor() {
        List<TrackingEventProcessor> replayable = processing.eventProcessors().values().stream()
                .filter(TrackingEventProcessor.class::isInstance)
                .map(TrackingEventProcessor.class::cast)
                .filter(TrackingEventProcessor::supportsReset)
                .toList();
        assertThat(replayable).extracting(TrackingEventProcessor::getName).contains("read-models", "audit");
        for (TrackingEventProcessor processor : replayable) {
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
        eventually(() -> assertThat(replayable)
                .allSatisfy(processor -> assertThat(processor.isReplaying()).isFalse()));
    }

    private List<String> storedPayloads(String client) {
        return jdbc
                .queryForList(
                        "SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ?", byte[].class, client)
                .stream()
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .toList();
    }
}

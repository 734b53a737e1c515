package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** Edits, deletes and inserts stored events behind the service's back, so each test has a store of its own. */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@TestPropertySource(properties = "clinic.audit.gap-settle=PT1S")
class HashChainApiTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void verifyHoldsOnAnUntouchedStoreAndFindsAnEditAndADeletion() {
        Chain chain = chain("Europe/Berlin");
        created(call(
                HttpMethod.POST,
                "desk",
                "/api/bookings",
                bookingBody(
                        chain,
                        chain.client(),
                        LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(5) + "T10:00")));
        long stored = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
        eventually(() -> assertThat(verify())
                .containsEntry("verified", true)
                .containsEntry("events", (int) stored)
                .doesNotContainKey("brokenAt"));

        Map<String, Object> location = row("LocationCreated");
        long locationIndex = ((Number) location.get("globalIndex")).longValue();
        byte[] original = (byte[]) location.get("payload");
        byte[] edited = new String(original, StandardCharsets.UTF_8)
                .replace("\"Room A\"", "\"Room Z\"")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(edited).isNotEqualTo(original);
        jdbc.update("UPDATE DomainEventEntry SET payload = ? WHERE globalIndex = ?", edited, locationIndex);
        assertThat(verify())
                .containsEntry("verified", false)
                .containsEntry("brokenAt", (int) locationIndex)
                .containsEntry("eventIdentifier", location.get("eventIdentifier"))
                .containsEntry("reason", "payload or metadata changed");

        jdbc.update("UPDATE DomainEventEntry SET payload = ? WHERE globalIndex = ?", original, locationIndex);
        assertThat(verify()).containsEntry("verified", true);

        Map<String, Object> therapist = row("TherapistRegistered");
        long therapistIndex = ((Number) therapist.get("globalIndex")).longValue();
        jdbc.update("DELETE FROM DomainEventEntry WHERE globalIndex = ?", therapistIndex);
        assertThat(verify())
                .containsEntry("verified", false)
                .containsEntry("brokenAt", (int) therapistIndex)
                .containsEntry("eventIdentifier", therapist.get("eventIdentifier"))
                .containsEntry("reason", "event missing");
    }

    @Test
    void theChainWaitsOutAGapAndReportsAnEventThatFillsItTooLate() {
        chain("Europe/Berlin");
        long top = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        Map<String, Object> client = row("ClientRegistered");
        // an append that took index top + 3 while top + 1 and top + 2 were never committed
        insertCopy(client, top + 3, "copy-after-gap");
        long stored = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
        eventually(() -> assertThat(verify()).containsEntry("verified", true).containsEntry("events", (int) stored));

        // an event committed at top + 1 long after its successors were linked cannot join the chain in order
        insertCopy(client, top + 1, "copy-too-late");
        assertThat(verify())
                .containsEntry("verified", false)
                .containsEntry("brokenAt", (int) (top + 1))
                .containsEntry("eventIdentifier", "copy-too-late")
                .containsEntry("reason", "event not in the chain");
    }

    private void insertCopy(Map<String, Object> event, long globalIndex, String eventIdentifier) {
        jdbc.update(
                "INSERT INTO DomainEventEntry (globalIndex, aggregateIdentifier, sequenceNumber, type, eventIdentifier,"
                        + " metaData, payload, payloadRevision, payloadType, timeStamp)"
                        + " SELECT ?, ?, 0, type, ?, metaData, payload, payloadRevision, payloadType, ?"
                        + " FROM DomainEventEntry WHERE globalIndex = ?",
                globalIndex,
                eventIdentifier,
                eventIdentifier,
                java.time.Instant.now().toString(),
                event.get("globalIndex"));
    }

    private Map<String, Object> row(String type) {
        return jdbc.queryForMap(
                "SELECT globalIndex, eventIdentifier, payload FROM DomainEventEntry WHERE payloadType LIKE ?"
                        + " ORDER BY globalIndex FETCH FIRST 1 ROWS ONLY",
                "%" + type);
    }

    private Map<String, Object> verify() {
        return call(HttpMethod.GET, "admin", "/api/audit/verify", null).getBody();
    }
}

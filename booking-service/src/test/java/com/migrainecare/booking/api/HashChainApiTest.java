package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.annotation.DirtiesContext;

/** Edits, deletes and inserts stored events behind the service's back, so each test has a store of its own. */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class HashChainApiTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

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
    void anEventCommittedIntoAGapAfterTheChainPassedItIsLinkedAndVerified() throws Exception {
        chain("Europe/Berlin");
        Map<String, Object> client = row("ClientRegistered");
        long top = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        try (Connection late = dataSource.getConnection();
                Connection early = dataSource.getConnection()) {
            late.setAutoCommit(false);
            early.setAutoCommit(false);
            // two appends in flight at once: the lower index commits last, after the chain has linked the higher
            insertCopy(new JdbcTemplate(new SingleConnectionDataSource(late, true)), client, top + 1, "late-in-gap");
            insertCopy(new JdbcTemplate(new SingleConnectionDataSource(early, true)), client, top + 2, "after-gap");
            early.commit();
            eventually(() -> assertThat(position("after-gap")).isNotNull());
            late.commit();
        }

        long stored = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
        eventually(() -> assertThat(verify()).containsEntry("verified", true).containsEntry("events", (int) stored));
        assertThat(position("late-in-gap")).isGreaterThan(position("after-gap"));
    }

    @Test
    void anEventSlippedInBehindTheChainIsReported() {
        chain("Europe/Berlin");
        long stored = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
        eventually(() -> assertThat(verify()).containsEntry("verified", true).containsEntry("events", (int) stored));

        // index 0 is below every index the store hands out, and the chain's processor has read past it
        insertCopy(jdbc, row("ClientRegistered"), 0, "slipped-in");

        assertThat(verify())
                .containsEntry("verified", false)
                .containsEntry("brokenAt", 0)
                .containsEntry("eventIdentifier", "slipped-in")
                .containsEntry("reason", "event not in the chain");
    }

    private Long position(String eventIdentifier) {
        return jdbc
                .query(
                        "SELECT chain_position FROM event_hash_chain WHERE event_identifier = ?",
                        (rs, n) -> rs.getLong(1),
                        eventIdentifier)
                .stream()
                .findFirst()
                .orElse(null);
    }

    private static void insertCopy(
            JdbcTemplate jdbc, Map<String, Object> event, long globalIndex, String eventIdentifier) {
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

package com.migrainecare.booking.crash;

import static com.migrainecare.booking.crash.Json.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The store of record, read over JDBC behind the service's back: the H2 file in the data directory, or a fresh
 * schema in {@code CLINIC_DB_URL}. Its event store ({@code DomainEventEntry}) and claims table
 * ({@code claimed_time}) are the truth the checks hold everything else against.
 */
record StoreOfRecord(String jdbcUrl, String user, String password, String schema, List<String> serviceArguments) {

    static StoreOfRecord choose(Path dataDir) {
        String url = System.getenv("CLINIC_DB_URL");
        if (url == null || url.isBlank()) {
            // what the service builds from clinic.data-dir; AUTO_SERVER lets this test in while it runs
            return new StoreOfRecord(
                    "jdbc:h2:file:" + dataDir.resolve("clinic-events") + ";AUTO_SERVER=TRUE",
                    "sa",
                    "",
                    null,
                    List.of());
        }
        String schema = "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String withSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        String user = System.getenv("CLINIC_DB_USER");
        String password = System.getenv("CLINIC_DB_PASSWORD");
        List<String> arguments = new ArrayList<>();
        arguments.add("--spring.datasource.url=" + withSchema);
        if (user != null) {
            arguments.add("--spring.datasource.username=" + user);
        }
        if (password != null) {
            arguments.add("--spring.datasource.password=" + password);
        }
        arguments.add("--spring.flyway.schemas=" + schema);
        return new StoreOfRecord(withSchema, user, password, schema, List.copyOf(arguments));
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    /** The bookings as their events tell them, and the claims; asserts each booking's sequence has no gap. */
    Truth read() throws SQLException, IOException {
        Map<String, List<JsonNode>> payloads = new LinkedHashMap<>();
        Map<String, List<String>> types = new LinkedHashMap<>();
        Map<String, List<Long>> sequences = new LinkedHashMap<>();
        List<Truth.ClaimRow> claims = new ArrayList<>();
        Map<String, Long> lastIndex = new HashMap<>();
        Map<String, String> lastAt = new HashMap<>();
        long maxIndex;
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(
                    "SELECT aggregateIdentifier, sequenceNumber, payloadType, payload, globalIndex, timeStamp"
                            + " FROM DomainEventEntry"
                            + " WHERE payloadType LIKE 'com.migrainecare.kernel.booking.BookingEvent%'"
                            + " ORDER BY aggregateIdentifier, sequenceNumber")) {
                while (rows.next()) {
                    String id = rows.getString(1);
                    String type = rows.getString(3);
                    payloads.computeIfAbsent(id, key -> new ArrayList<>()).add(MAPPER.readTree(rows.getBytes(4)));
                    types.computeIfAbsent(id, key -> new ArrayList<>()).add(type.substring(type.lastIndexOf('$') + 1));
                    sequences.computeIfAbsent(id, key -> new ArrayList<>()).add(rows.getLong(2));
                    lastIndex.put(id, rows.getLong(5));
                    lastAt.put(id, rows.getString(6));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT MAX(globalIndex) FROM DomainEventEntry")) {
                rows.next();
                maxIndex = rows.getLong(1);
            }
            try (ResultSet rows = statement.executeQuery(
                    "SELECT resource_id, booking_id, location_id, starts_at, ends_at FROM claimed_time")) {
                while (rows.next()) {
                    claims.add(new Truth.ClaimRow(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getObject(4, OffsetDateTime.class).toInstant(),
                            rows.getObject(5, OffsetDateTime.class).toInstant()));
                }
            }
        }
        Map<String, Session> sessions = new LinkedHashMap<>();
        payloads.forEach((id, events) -> {
            List<Long> seqs = sequences.get(id);
            for (int i = 0; i < seqs.size(); i++) {
                assertThat(seqs.get(i)).as("sequence numbers of %s", id).isEqualTo((long) i);
            }
            sessions.put(id, Session.replay(id, types.get(id), events, lastIndex.get(id), lastAt.get(id)));
        });
        return new Truth(sessions, claims, maxIndex);
    }

    /** Where the processor of the read models stands, as it last stored its token. */
    String readModelsToken() {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT token FROM TokenEntry WHERE processorName = 'read-models'")) {
            List<String> tokens = new ArrayList<>();
            while (rows.next()) {
                tokens.add(new String(rows.getBytes(1), StandardCharsets.UTF_8));
            }
            return tokens.toString();
        } catch (SQLException unreadable) {
            return "(unreadable: " + unreadable + ")";
        }
    }

    void dropSchema() {
        if (schema == null) {
            return;
        }
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException ignored) {
            System.out.println("crash-test: could not drop schema " + schema + ": " + ignored);
        }
    }
}

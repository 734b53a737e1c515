package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every operation of the served OpenAPI document, called by each demo user on a resource of their own and on
 * somebody else's, against {@code access/booking-matrix.txt}: an endpoint that is added without a row fails here.
 * Writes carry a reason longer than allowed, so that a call that passes the gate is refused by validation and
 * changes nothing.
 */
class AccessMatrixApiTest extends DemoUsersApiSupport {

    static final List<String> USERS = List.of("admin", "manager", "frontdesk", "therapist", "client");

    @Autowired
    private Clock clock;

    /** The ids a path or body names: demo-client-1's world, or demo-client-2's. */
    record Target(String client, String therapist, String location, String room, String booking, String series) {}

    @Test
    void everyDocumentedOperationAnswersEachRoleAsTheMatrixSays() throws IOException {
        Map<String, String[]> matrix = matrix();
        assertThat(matrix.keySet()).as("rows of the matrix").containsExactlyInAnyOrderElementsOf(documented());
        Target ours = target(1, "berlin");
        Target theirs = target(2, "chicago");

        List<String> wrong = new ArrayList<>();
        matrix.forEach((operation, expected) -> {
            for (int t = 0; t < 2; t++) {
                Target target = t == 0 ? ours : theirs;
                String anonymous = outcome(operation, target, null);
                if (!anonymous.equals(expected[2])) {
                    wrong.add(operation + " without credentials: " + anonymous);
                }
                for (int u = 0; u < USERS.size(); u++) {
                    String actual = outcome(operation, target, USERS.get(u));
                    String want = expected[t].split(" ")[u];
                    if (!actual.equals(want)) {
                        wrong.add(operation + (t == 0 ? " ours " : " theirs ") + USERS.get(u) + ": " + actual
                                + " instead of " + want);
                    }
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    private String outcome(String operation, Target target, String user) {
        String[] parts = operation.split(" ");
        HttpHeaders headers = new HttpHeaders();
        if (user != null) {
            headers.setBasicAuth(user, "demo");
        }
        Object body = null;
        if (!parts[0].equals("GET")) {
            headers.setContentType(MediaType.APPLICATION_JSON);
            body = Map.of("clientId", target.client(), "locationId", target.location(), "reason", "x".repeat(501));
        }
        ResponseEntity<String> response = rest.exchange(
                path(parts[1], target), HttpMethod.valueOf(parts[0]), new HttpEntity<>(body, headers), String.class);
        return switch (response.getStatusCode().value()) {
            case 401 -> "U";
            case 403 -> "F";
            case 404 -> "H";
            default -> response.getStatusCode().is5xxServerError() ? "5xx" : "A";
        };
    }

    private static String path(String template, Target target) {
        String id = template.startsWith("/api/bookings/") || template.startsWith("/api/audit/bookings/")
                ? target.booking()
                : template.startsWith("/api/series/")
                        ? target.series()
                        : template.startsWith("/api/clients/")
                                ? target.client()
                                : template.contains("/therapists/")
                                        ? target.therapist()
                                        : template.contains("/rooms/") ? target.room() : target.location();
        return template.replaceAll("\\{[^}]+}", id);
    }

    /** Demo client {@code n} with their demo booking, a series and a care plan, at their therapist's location. */
    private Target target(int n, String location) {
        String client = "demo-client-" + n;
        String locationId = "demo-location-" + location;
        String booking = demoBooking(n);
        ZoneId zone = ZoneId.of(n == 1 ? "Europe/Berlin" : "America/Chicago");
        LocalDate monday =
                LocalDate.now(clock.withZone(zone)).plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        JsonNode series = admin(
                HttpMethod.POST,
                "/api/series",
                Map.of(
                        "clientId",
                        client,
                        "therapistId",
                        "demo-therapist-" + n,
                        "locationId",
                        locationId,
                        "technique",
                        n == 1 ? "TRIGGER_POINT" : "EFFLEURAGE",
                        "firstStart",
                        monday + "T15:00",
                        "duration",
                        "PT45M",
                        "every",
                        "P1W",
                        "count",
                        1));
        assertThat(series.path("id").asText(null)).as("series: %s", series).isNotNull();
        assertThat(admin(HttpMethod.POST, "/api/clients/" + client + "/care-plan/recommendation", Map.of())
                        .path("phases")
                        .isArray())
                .isTrue();
        return new Target(
                client,
                "demo-therapist-" + n,
                locationId,
                "demo-room-" + location + "-1",
                booking,
                series.path("id").asText());
    }

    private JsonNode admin(HttpMethod method, String path, Object body) {
        return call("admin", method, path, body).getBody();
    }

    /** "METHOD path" of every operation the served OpenAPI document lists. */
    private TreeSet<String> documented() {
        JsonNode paths = rest.getForObject("/v3/api-docs", JsonNode.class).path("paths");
        TreeSet<String> operations = new TreeSet<>();
        paths.fields().forEachRemaining(path -> path.getValue()
                .fieldNames()
                .forEachRemaining(method -> operations.add(method.toUpperCase() + " " + path.getKey())));
        // the error page is Spring's, documented but no endpoint of the API
        operations.removeIf(operation -> !operation.contains(" /api/"));
        return operations;
    }

    private static Map<String, String[]> matrix() throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        try (InputStream in = AccessMatrixApiTest.class.getResourceAsStream("/access/booking-matrix.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\|");
                String anonymous = cells.length > 3 ? cells[3].trim() : "U";
                rows.put(cells[0].trim(), new String[] {cells[1].trim(), cells[2].trim(), anonymous});
            }
        }
        return rows;
    }
}

package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class AuditApiTest extends ApiTestSupport {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void theRequestIdIsEchoedAndRecordedWithEveryEventItCauses() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Request-Id", "front-desk-42.a");
        ResponseEntity<Map<String, Object>> response =
                call(HttpMethod.POST, "desk", "/api/clients", Map.of("name", "Client"), headers);
        assertThat(response.getHeaders().getFirst("X-Request-Id")).isEqualTo("front-desk-42.a");
        String client = created(response).get("id").toString();

        HttpHeaders malformed = new HttpHeaders();
        malformed.set("X-Request-Id", "not an id, has spaces");
        ResponseEntity<Map<String, Object>> replaced =
                call(HttpMethod.GET, "desk", "/api/clients/" + client, null, malformed);
        assertThat(replaced.getHeaders().getFirst("X-Request-Id")).isNotBlank().isNotEqualTo("not an id, has spaces");
        assertThat(call(HttpMethod.GET, "desk", "/api/clients/" + client, null)
                        .getHeaders()
                        .getFirst("X-Request-Id"))
                .isNotBlank();

        eventually(() -> {
            List<Map<String, Object>> entries = entries("manager", "clientId=" + client);
            assertThat(entries).hasSize(1);
            assertThat(entries.get(0))
                    .containsEntry("type", "ClientRegistered")
                    .containsEntry("actor", "desk")
                    .containsEntry("requestId", "front-desk-42.a")
                    .containsEntry("summary", "client registered");
            assertThat(entries.get(0).get("correlationId")).isNotNull();
        });
    }

    @Test
    void onlyAdminsAndManagersReadTheLog() {
        assertThat(call(HttpMethod.GET, "admin", "/api/audit/events", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertProblem(call(HttpMethod.GET, "desk", "/api/audit/events", null), 403, "FORBIDDEN");
        assertProblem(call(HttpMethod.GET, "desk", "/api/audit/events.csv", null), 403, "FORBIDDEN");
        assertProblem(call(HttpMethod.GET, "desk", "/api/audit/verify", null), 403, "FORBIDDEN");
        ResponseEntity<String> anonymous = rest.getForEntity("/api/audit/events", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void everyFilterAndPaging() {
        Chain chain = chain("Europe/Berlin");
        LocalDate day = LocalDate.now(BERLIN).plusDays(7);
        String first = book(chain, chain.client(), day + "T10:00", "first visit");
        String otherClient = client();
        String second = book(chain, otherClient, day + "T12:00", null);
        move(first, Map.of("start", day + "T14:00", "roomId", chain.roomB(), "reason", "client asked"));
        call(HttpMethod.POST, "manager", "/api/bookings/" + second + "/cancel", Map.of("reason", "ill"));

        eventually(() -> assertThat(entries("manager", "bookingId=" + second)).hasSize(2));
        eventually(() -> assertThat(entries("manager", "bookingId=" + first))
                .extracting(entry -> entry.get("type"))
                .containsExactly("SessionBooked", "SessionRescheduled"));

        List<Map<String, Object>> moves = entries("manager", "bookingId=" + first + "&type=SessionRescheduled");
        assertThat(moves).hasSize(1);
        assertThat(moves.get(0))
                .containsEntry("actor", "manager")
                .containsEntry("reason", "client asked")
                .containsEntry("roomIds", List.of(chain.roomA(), chain.roomB()));
        assertThat(moves.get(0).get("changes").toString()).contains("roomId").contains("start");
        assertThat(moves.get(0).get("summary").toString()).startsWith("moved from ");

        assertThat(entries("manager", "clientId=" + otherClient))
                .extracting(entry -> entry.get("type"))
                .containsExactly("ClientRegistered", "SessionBooked", "SessionCancelled");
        assertThat(entries("manager", "therapistId=" + chain.therapist()))
                .extracting(entry -> entry.get("type"))
                .containsExactly(
                        "TherapistRegistered",
                        "ShiftAdded",
                        "SessionBooked",
                        "SessionBooked",
                        "SessionRescheduled",
                        "SessionCancelled");
        assertThat(entries("manager", "locationId=" + chain.location()))
                .extracting(entry -> entry.get("type"))
                .startsWith("LocationCreated", "ShiftAdded")
                .hasSize(6);
        assertThat(entries("manager", "roomId=" + chain.roomB()))
                .extracting(entry -> entry.get("type"))
                .containsExactly("LocationCreated", "SessionRescheduled");
        assertThat(entries("manager", "locationId=" + chain.location() + "&actor=manager"))
                .extracting(entry -> entry.get("type"))
                .containsExactly("SessionRescheduled", "SessionCancelled");

        List<Map<String, Object>> all = entries("manager", "therapistId=" + chain.therapist());
        String bookedAt = all.get(2).get("at").toString();
        String movedAt = all.get(4).get("at").toString();
        assertThat(entries("manager", "therapistId=" + chain.therapist() + "&from=" + bookedAt + "&to=" + movedAt))
                .extracting(entry -> entry.get("seq"))
                .containsExactly(all.get(2).get("seq"), all.get(3).get("seq"));
        assertThat(entries("manager", "therapistId=" + chain.therapist() + "&asOf=" + movedAt))
                .hasSize(5);

        Map<String, Object> page = call(
                        HttpMethod.GET,
                        "admin",
                        "/api/audit/events?therapistId=" + chain.therapist() + "&page=1&size=4",
                        null)
                .getBody();
        assertThat(page.get("page")).isEqualTo(Map.of("number", 1, "size", 4, "totalElements", 6, "totalPages", 2));
        assertThat((List<?>) page.get("content")).hasSize(2);
        assertProblem(call(HttpMethod.GET, "admin", "/api/audit/events?size=0", null), 400, "INVALID_REQUEST");
        assertThat(call(HttpMethod.GET, "admin", "/api/audit/events?from=yesterday", null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void anIntakeIsRecordedAsSuchWithoutItsContent() {
        Chain chain = chain("Europe/Berlin");
        Map<String, Object> intake = new HashMap<>(Map.of(
                "headacheDaysPerMonth",
                18,
                "monthsWithPattern",
                6,
                "painAreas",
                List.of("SUBOCCIPITAL", "NECK"),
                "triggers",
                List.of("HORMONAL"),
                "contraindications",
                List.of("BLOOD_CLOTTING_DISORDER"),
                "otherConditions",
                "takes warfarin"));
        assertThat(call(HttpMethod.PUT, "desk", "/api/clients/" + chain.client() + "/intake", intake)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        eventually(() -> assertThat(entries("admin", "clientId=" + chain.client()))
                .extracting(entry -> entry.get("summary"))
                .containsExactly("client registered", "intake recorded"));
        String json = text("/api/audit/events?clientId=" + chain.client()).getBody();
        String csv = text("/api/audit/events.csv?clientId=" + chain.client()).getBody();
        for (String leak : List.of("SUBOCCIPITAL", "HORMONAL", "BLOOD_CLOTTING", "warfarin", "headacheDays")) {
            assertThat(json).doesNotContain(leak);
            assertThat(csv).doesNotContain(leak);
        }
    }

    @Test
    void theCsvHasTheSameFiltersAndNeutralisesFormulas() {
        Chain chain = chain("Europe/Berlin");
        LocalDate day = LocalDate.now(BERLIN).plusDays(8);
        String booking = book(chain, chain.client(), day + "T10:00", "=HYPERLINK(\"http://x\"), see \"notes\"");
        eventually(() -> assertThat(entries("manager", "bookingId=" + booking)).hasSize(1));

        ResponseEntity<String> csv = text("/api/audit/events.csv?bookingId=" + booking);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        String[] lines = csv.getBody().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("seq,at,type,actor,reason,requestId,");
        assertThat(lines[1])
                .contains(",SessionBooked,desk,\"'=HYPERLINK(\"\"http://x\"\"), see \"\"notes\"\"\",")
                .contains(booking);
        assertThat(text("/api/audit/events.csv?bookingId=" + booking + "&type=SessionCancelled")
                        .getBody())
                .isEqualTo(lines[0] + "\r\n");
    }

    private String book(Chain chain, String client, String start, String reason) {
        Map<String, Object> body = new HashMap<>(bookingBody(chain, client, start));
        if (reason != null) {
            body.put("reason", reason);
        }
        return created(call(HttpMethod.POST, "desk", "/api/bookings", body))
                .get("id")
                .toString();
    }

    private void move(String booking, Map<String, Object> body) {
        assertThat(call(HttpMethod.POST, "manager", "/api/bookings/" + booking + "/reschedule", body)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> entries(String user, String query) {
        ResponseEntity<Map<String, Object>> page =
                call(HttpMethod.GET, user, "/api/audit/events?size=200&" + query, null);
        assertThat(page.getStatusCode()).as("body: %s", page.getBody()).isEqualTo(HttpStatus.OK);
        return (List<Map<String, Object>>) page.getBody().get("content");
    }

    private ResponseEntity<String> text(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("manager", "pw");
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}

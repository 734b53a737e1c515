package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The bodies of the read endpoints, field by field, as the read models answer them. On a context of its own: the
 * two-instance race test runs a second instance on the shared context's store, and once it stops, the shared
 * context's read-model processor finds its segment claimed elsewhere and takes it back only about ten seconds
 * later, as long as these reads wait.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class ReadModelApiTest extends ApiTestSupport {

    private static final String ISO_INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";

    @Test
    void bookingListAndHistoryShowEveryField() {
        Chain chain = chain("Europe/Berlin");
        String therapist = therapist(
                chain.location(),
                List.of("TRIGGER_POINT", "HEAT_THERAPY"),
                List.of("MONDAY", "TUESDAY"),
                "08:00",
                "20:00");
        Map<String, Object> request = new HashMap<>(bookingBody(chain, chain.client(), "2030-12-02T10:00"));
        request.put("therapistId", therapist);
        request.put("adjuncts", List.of("HEAT_THERAPY"));
        request.put("reason", "first visit");
        String id = created(call(HttpMethod.POST, "desk", "/api/bookings", request))
                .get("id")
                .toString();
        call(HttpMethod.POST, "desk", "/api/bookings/" + id + "/reschedule", Map.of("start", "2030-12-03T09:00"));
        call(HttpMethod.POST, "desk", "/api/bookings/" + id + "/cancel", Map.of("reason", "feeling better"));

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("id", id);
        expected.put("clientId", chain.client());
        expected.put("therapistId", therapist);
        expected.put("locationId", chain.location());
        expected.put("roomId", chain.roomA());
        expected.put("technique", "TRIGGER_POINT");
        expected.put("adjuncts", List.of("HEAT_THERAPY"));
        expected.put("includesNeck", true);
        expected.put("status", "CANCELLED");
        expected.put("start", "2030-12-03T09:00:00+01:00");
        expected.put("end", "2030-12-03T09:45:00+01:00");
        expected.put("duration", "PT45M");
        expected.put("version", 2);
        eventually(() -> {
            ResponseEntity<Map<String, Object>> read = call(HttpMethod.GET, "desk", "/api/bookings/" + id, null);
            assertThat(read.getBody()).isEqualTo(expected);
            assertThat(read.getHeaders().getETag()).isEqualTo("\"2\"");
        });

        Map<String, Object> page = call(
                        HttpMethod.GET, "desk", "/api/bookings?clientId=" + chain.client() + "&status=CANCELLED", null)
                .getBody();
        assertThat(page)
                .isEqualTo(Map.of(
                        "content",
                        List.of(expected),
                        "page",
                        Map.of("number", 0, "size", 20, "totalElements", 1, "totalPages", 1)));

        eventually(() -> {
            List<Map<String, Object>> history =
                    getList("manager", "/api/bookings/" + id + "/history").getBody();
            assertThat(history).hasSize(3);
            assertThat(history)
                    .allSatisfy(entry -> {
                        assertThat(entry).containsOnlyKeys("seq", "type", "at", "actor", "reason", "changes");
                        assertThat(entry.get("at").toString()).matches(ISO_INSTANT);
                        assertThat(entry).containsEntry("actor", "desk");
                    })
                    .extracting(entry -> entry.get("seq"), entry -> entry.get("type"), entry -> entry.get("reason"))
                    .containsExactly(
                            tuple(0, "SessionBooked", "first visit"),
                            tuple(1, "SessionRescheduled", null),
                            tuple(2, "SessionCancelled", "feeling better"));
            assertThat(history.get(0).get("changes"))
                    .isEqualTo(Map.of(
                            "start", change(null, "2030-12-02T09:00:00Z"),
                            "end", change(null, "2030-12-02T09:45:00Z"),
                            "therapistId", change(null, therapist),
                            "locationId", change(null, chain.location()),
                            "roomId", change(null, chain.roomA())));
            assertThat(history.get(1).get("changes"))
                    .isEqualTo(Map.of(
                            "start", change("2030-12-02T09:00:00Z", "2030-12-03T08:00:00Z"),
                            "end", change("2030-12-02T09:45:00Z", "2030-12-03T08:45:00Z")));
            assertThat(history.get(2).get("changes")).isEqualTo(Map.of("status", "CANCELLED"));
        });
    }

    @Test
    void locationsAndTherapistsShowEveryField() {
        Chain chain = chain("America/Chicago");
        created(call(
                HttpMethod.POST,
                "manager",
                "/api/therapists/" + chain.therapist() + "/time-off",
                Map.of("start", "2030-12-02T09:00:00Z", "end", "2030-12-02T12:00:00Z", "reason", "training")));

        eventually(() -> {
            Map<String, Object> location = call(HttpMethod.GET, "desk", "/api/locations/" + chain.location(), null)
                    .getBody();
            assertThat(location)
                    .isEqualTo(Map.of(
                            "id",
                            chain.location(),
                            "name",
                            "Clinic America/Chicago",
                            "timeZone",
                            "America/Chicago",
                            "rooms",
                            List.of(
                                    Map.of("id", chain.roomA(), "name", "Room A"),
                                    Map.of("id", chain.roomB(), "name", "Room B")),
                            "freeCancellationNotice",
                            "PT24H"));
            assertThat(getList("desk", "/api/locations").getBody()).contains(location);
        });

        eventually(() -> {
            Map<String, Object> therapist = call(HttpMethod.GET, "desk", "/api/therapists/" + chain.therapist(), null)
                    .getBody();
            assertThat(therapist).containsOnlyKeys("id", "name", "techniques", "email", "shifts", "timeOff");
            assertThat(therapist).containsEntry("id", chain.therapist()).containsEntry("name", "Therapist");
            assertThat(therapist.get("email")).isNull();
            @SuppressWarnings("unchecked")
            List<Object> techniques = (List<Object>) therapist.get("techniques");
            assertThat(techniques).containsExactlyInAnyOrder("TRIGGER_POINT", "EFFLEURAGE", "DEEP_TISSUE");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> shifts = (List<Map<String, Object>>) therapist.get("shifts");
            assertThat(shifts).singleElement().satisfies(shift -> {
                assertThat(shift)
                        .containsOnlyKeys("id", "locationId", "zone", "days", "from", "to", "validFrom", "validUntil");
                assertThat(shift)
                        .containsEntry("locationId", chain.location())
                        .containsEntry("zone", "America/Chicago")
                        .containsEntry("from", "08:00")
                        .containsEntry("to", "20:00")
                        .containsEntry("validFrom", "2026-01-01")
                        .containsEntry("validUntil", null)
                        .containsEntry(
                                "days",
                                List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"));
            });
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> timeOff = (List<Map<String, Object>>) therapist.get("timeOff");
            assertThat(timeOff).singleElement().satisfies(off -> {
                assertThat(off).containsOnlyKeys("id", "start", "end", "reason");
                assertThat(off)
                        .containsEntry("start", "2030-12-02T09:00:00Z")
                        .containsEntry("end", "2030-12-02T12:00:00Z")
                        .containsEntry("reason", "training");
            });
            assertThat(getList("desk", "/api/therapists").getBody()).contains(therapist);
        });
    }

    @Test
    void clientRecordShowsProfileIntakeAndClearances() {
        Map<String, Object> registration = new HashMap<>();
        registration.put("name", "Ada");
        registration.put("email", "ada@example.org");
        registration.put("phone", "+49 30 1234");
        registration.put("timeZone", "Europe/Berlin");
        registration.put("locale", "de-DE");
        registration.put(
                "reminders", Map.of("channels", List.of("SMS"), "quietHours", Map.of("from", "22:00", "to", "07:30")));
        String id = created(call(HttpMethod.POST, "desk", "/api/clients", registration))
                .get("id")
                .toString();
        assertThat(call(
                                HttpMethod.PUT,
                                "desk",
                                "/api/clients/" + id + "/intake",
                                Map.of(
                                        "headacheDaysPerMonth",
                                        18,
                                        "monthsWithPattern",
                                        6,
                                        "painAreas",
                                        List.of("NECK"),
                                        "triggers",
                                        List.of("STRESS"),
                                        "contraindications",
                                        List.of()))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        String clearanceId = created(call(
                        HttpMethod.POST,
                        "desk",
                        "/api/clients/" + id + "/clearances",
                        Map.of("clearedBy", "Dr. Weiss", "clearedOn", "2030-11-01", "expiresOn", "2031-11-01")))
                .get("clearanceId")
                .toString();

        eventually(() -> {
            Map<String, Object> client =
                    call(HttpMethod.GET, "desk", "/api/clients/" + id, null).getBody();
            assertThat(client)
                    .containsOnlyKeys(
                            "id",
                            "name",
                            "email",
                            "phone",
                            "timeZone",
                            "locale",
                            "reminders",
                            "intake",
                            "clearances",
                            "erasedAt");
            assertThat(client)
                    .containsEntry("id", id)
                    .containsEntry("erasedAt", null)
                    .containsEntry("name", "Ada")
                    .containsEntry("email", "ada@example.org")
                    .containsEntry("phone", "+49 30 1234")
                    .containsEntry("timeZone", "Europe/Berlin")
                    .containsEntry("locale", "de-DE")
                    .containsEntry(
                            "reminders",
                            Map.of(
                                    "channels",
                                    List.of("SMS"),
                                    "quietFrom",
                                    "22:00:00",
                                    "quietUntil",
                                    "07:30:00",
                                    "leadTimes",
                                    List.of("PT48H", "PT2H")));
            Map<String, Object> intake = new HashMap<>();
            intake.put("headacheDaysPerMonth", 18);
            intake.put("monthsWithPattern", 6);
            intake.put("painAreas", List.of("NECK"));
            intake.put("triggers", List.of("STRESS"));
            intake.put("treatmentHistory", null);
            intake.put("lifestyle", null);
            intake.put("contraindications", List.of());
            intake.put("otherConditions", null);
            intake.put("chronicMigraine", true);
            assertThat(client).containsEntry("intake", intake);
            Map<String, Object> clearance = new HashMap<>();
            clearance.put("clearanceId", clearanceId);
            clearance.put("clearedBy", "Dr. Weiss");
            clearance.put("clearedOn", "2030-11-01");
            clearance.put("expiresOn", "2031-11-01");
            clearance.put("note", null);
            assertThat(client).containsEntry("clearances", List.of(clearance));
        });
    }

    private static Map<String, Object> change(String from, String to) {
        Map<String, Object> change = new HashMap<>();
        change.put("from", from);
        change.put("to", to);
        return change;
    }
}

package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Bodies an OpenAPI fuzzer sent: a {@code null} in an array and a key given twice are 400s naming the field,
 * never server errors, and they create nothing. Whether something was created is read once a later, valid
 * write is visible: the read models apply events in order.
 */
class StrictBodyApiTest extends ApiTestSupport {

    private static final List<Object> ONLY_NULL = Arrays.asList((Object) null);

    @Autowired
    private Clock clock;

    @Test
    void aNullInAnArrayIsRefusedOnEveryEndpoint() {
        Chain chain = chain("Europe/Berlin");
        String name = "null-element-" + UUID.randomUUID();
        assertRefused(
                call(
                        HttpMethod.POST,
                        "admin",
                        "/api/locations",
                        Map.of("name", name, "timeZone", "Europe/Berlin", "rooms", ONLY_NULL)),
                "INVALID_VALUE",
                "rooms[0]");
        assertRefused(
                call(HttpMethod.POST, "admin", "/api/therapists", Map.of("name", name, "techniques", ONLY_NULL)),
                "INVALID_VALUE",
                "techniques");
        assertRefused(
                call(
                        HttpMethod.POST,
                        "admin",
                        "/api/therapists/" + chain.therapist() + "/shifts",
                        shift(chain, ONLY_NULL)),
                "INVALID_VALUE",
                "days");
        assertRefused(
                call(
                        HttpMethod.POST,
                        "desk",
                        "/api/clients",
                        Map.of("name", name, "reminders", Map.of("channels", ONLY_NULL))),
                "INVALID_VALUE",
                "reminders.channels");
        assertRefused(
                call(
                        HttpMethod.PUT,
                        "desk",
                        "/api/clients/" + chain.client() + "/intake",
                        intake("painAreas", ONLY_NULL)),
                "INVALID_VALUE",
                "painAreas");
        assertRefused(
                call(
                        HttpMethod.PUT,
                        "desk",
                        "/api/clients/" + chain.client() + "/intake",
                        intake("contraindications", ONLY_NULL)),
                "INVALID_VALUE",
                "contraindications");
        Map<String, Object> booking = new HashMap<>(bookingBody(chain, chain.client(), nextWeekAt("10:00")));
        booking.put("adjuncts", ONLY_NULL);
        assertRefused(call(HttpMethod.POST, "desk", "/api/bookings", booking), "INVALID_VALUE", "adjuncts");

        assertNothingCreated(chain, name);
    }

    @Test
    void aKeyGivenTwiceIsRefusedOnEveryEndpoint() {
        Chain chain = chain("Europe/Berlin");
        String name = "duplicate-key-" + UUID.randomUUID();
        assertRefused(
                call(HttpMethod.POST, "admin", "/api/locations", """
                        {"name":"%s","timeZone":"Europe/Berlin","rooms":[{"name":"A","name":"B"}]}""".formatted(name)),
                "DUPLICATE_FIELD",
                "rooms[0].name");
        assertRefused(
                call(HttpMethod.POST, "admin", "/api/therapists", """
                        {"name":"a","name":"%s","techniques":["EFFLEURAGE"]}""".formatted(name)), "DUPLICATE_FIELD", "name");
        assertRefused(
                call(HttpMethod.POST, "admin", "/api/therapists/" + chain.therapist() + "/shifts", """
                        {"locationId":"%s","days":["MONDAY"],"days":["TUESDAY"],"from":"06:00","to":"07:00",
                         "validFrom":"%s"}""".formatted(
                                chain.location(), LocalDate.now(clock))),
                "DUPLICATE_FIELD",
                "days");
        assertRefused(call(HttpMethod.POST, "desk", "/api/clients", """
                        {"name":"a","name":"%s"}""".formatted(name)), "DUPLICATE_FIELD", "name");
        assertRefused(
                call(HttpMethod.PUT, "desk", "/api/clients/" + chain.client() + "/intake", """
                        {"headacheDaysPerMonth":10,"monthsWithPattern":3,"painAreas":[],"triggers":[],
                         "contraindications":[],"contraindications":["OSTEOPOROSIS"]}"""),
                "DUPLICATE_FIELD",
                "contraindications");
        assertRefused(
                call(HttpMethod.POST, "desk", "/api/bookings", """
                        {"clientId":"%s","therapistId":"%s","locationId":"%s","technique":"TRIGGER_POINT",
                         "start":"%s","start":"%s","duration":"PT45M"}""".formatted(
                        chain.client(), chain.therapist(), chain.location(), nextWeekAt("10:00"), nextWeekAt("11:00"))),
                "DUPLICATE_FIELD",
                "start");

        assertNothingCreated(chain, name);
    }

    private void assertNothingCreated(Chain chain, String refusedName) {
        String marker = "marker-" + UUID.randomUUID();
        created(call(
                HttpMethod.POST,
                "admin",
                "/api/locations",
                Map.of("name", marker, "timeZone", "Europe/Berlin", "rooms", List.of(Map.of("name", "A")))));
        created(call(
                HttpMethod.POST,
                "admin",
                "/api/therapists",
                Map.of("name", marker, "techniques", List.of("EFFLEURAGE"))));
        created(call(
                HttpMethod.POST,
                "desk",
                "/api/clients/" + chain.client() + "/clearances",
                Map.of("clearedBy", marker, "clearedOn", LocalDate.now(clock).toString())));
        created(call(
                HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, chain.client(), nextWeekAt("15:00"))));
        eventually(() -> {
            assertThat(names("/api/locations")).contains(marker).doesNotContain(refusedName);
            assertThat(names("/api/therapists")).contains(marker).doesNotContain(refusedName);
            Map<String, Object> client = call(HttpMethod.GET, "desk", "/api/clients/" + chain.client(), null)
                    .getBody();
            assertThat((List<?>) client.get("clearances")).hasSize(1);
            assertThat(client.get("intake")).isNull();
            Map<String, Object> therapist = call(HttpMethod.GET, "desk", "/api/therapists/" + chain.therapist(), null)
                    .getBody();
            assertThat((List<?>) therapist.get("shifts"))
                    .as("only the shift of the set-up")
                    .hasSize(1);
            Map<String, Object> bookings = call(
                            HttpMethod.GET, "desk", "/api/bookings?clientId=" + chain.client(), null)
                    .getBody();
            assertThat(((Map<?, ?>) bookings.get("page")).get("totalElements"))
                    .as("only the valid booking")
                    .isEqualTo(1);
        });
    }

    private List<Object> names(String path) {
        return getList("manager", path).getBody().stream()
                .map(entry -> entry.get("name"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static void assertRefused(ResponseEntity<Map<String, Object>> response, String code, String field) {
        assertProblem(response, 400, code);
        assertThat((List<Map<String, Object>>) response.getBody().get("errors"))
                .extracting(error -> error.get("field"))
                .containsExactly(field);
    }

    private Map<String, Object> shift(Chain chain, List<Object> days) {
        return Map.of(
                "locationId",
                chain.location(),
                "days",
                days,
                "from",
                "06:00",
                "to",
                "07:00",
                "validFrom",
                LocalDate.now(clock).toString());
    }

    private static Map<String, Object> intake(String field, Object value) {
        Map<String, Object> intake = new HashMap<>(Map.of(
                "headacheDaysPerMonth",
                10,
                "monthsWithPattern",
                3,
                "painAreas",
                List.of("NECK"),
                "triggers",
                List.of("STRESS"),
                "contraindications",
                List.of()));
        intake.put(field, value);
        return intake;
    }

    private String nextWeekAt(String time) {
        return LocalDate.now(clock).plusDays(7) + "T" + time;
    }
}

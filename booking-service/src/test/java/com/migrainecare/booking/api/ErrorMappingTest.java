package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class ErrorMappingTest extends ApiTestSupport {

    private ResponseEntity<Map<String, Object>> raw(HttpMethod method, String path, String body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("desk", "pw");
        if (type != null) {
            headers.setContentType(type);
        }
        return rest.exchange(path, method, new HttpEntity<>(body, headers), JSON);
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(
                raw(HttpMethod.POST, "/api/bookings", "{\"clientId\": ", MediaType.APPLICATION_JSON),
                400,
                "MALFORMED_JSON");
    }

    @Test
    void unknownEnumNamesTheFieldAndTheAllowedValues() {
        ResponseEntity<Map<String, Object>> response =
                raw(HttpMethod.POST, "/api/bookings", """
                {"clientId":"c","therapistId":"t","locationId":"l","technique":"HOT_STONES",
                 "start":"2030-12-02T10:00","duration":"PT45M"}""", MediaType.APPLICATION_JSON);
        assertProblem(response, 400, "INVALID_VALUE");
        assertThat(response.getBody().get("errors").toString())
                .contains("technique")
                .contains("TRIGGER_POINT");
    }

    @Test
    void wrongTypeIs400() {
        assertProblem(raw(HttpMethod.POST, "/api/bookings", """
                {"clientId":"c","therapistId":"t","locationId":"l","technique":"EFFLEURAGE",
                 "start":"2030-12-02T10:00","duration":45}""", MediaType.APPLICATION_JSON), 400, "INVALID_VALUE");
        assertProblem(
                raw(HttpMethod.PUT, "/api/clients/x/intake", """
                {"headacheDaysPerMonth":"many","monthsWithPattern":3,"painAreas":[],"triggers":[],
                 "contraindications":[]}""", MediaType.APPLICATION_JSON), 400, "INVALID_VALUE");
    }

    @Test
    void missingFieldsAreListed() {
        ResponseEntity<Map<String, Object>> response =
                raw(HttpMethod.POST, "/api/bookings", "{\"clientId\":\"c\"}", MediaType.APPLICATION_JSON);
        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.getBody().get("errors").toString())
                .contains("therapistId")
                .contains("technique")
                .contains("start");
    }

    @Test
    void badTimeAndBadIdsAre400() {
        assertProblem(raw(HttpMethod.POST, "/api/bookings", """
                {"clientId":"c","therapistId":"t","locationId":"l","technique":"EFFLEURAGE",
                 "start":"next tuesday","duration":"PT45M"}""", MediaType.APPLICATION_JSON), 400, "INVALID_REQUEST");
        // an id outside the id pattern the API documents is refused by the same validation, naming the field
        ResponseEntity<Map<String, Object>> badId = raw(HttpMethod.GET, "/api/bookings/not.an.id", null, null);
        assertProblem(badId, 400, "VALIDATION_FAILED");
        assertThat(badId.getBody().get("errors").toString()).contains("field=id");
        assertProblem(raw(HttpMethod.GET, "/api/bookings?from=yesterday", null, null), 400, "INVALID_PARAMETER");
        assertProblem(raw(HttpMethod.GET, "/api/bookings?size=100000", null, null), 400, "INVALID_REQUEST");
    }

    @Test
    void unknownIdsAre404() {
        assertProblem(raw(HttpMethod.GET, "/api/bookings/0000", null, null), 404, "BOOKING_NOT_FOUND");
        assertProblem(raw(HttpMethod.GET, "/api/bookings/0000/history", null, null), 404, "BOOKING_NOT_FOUND");
        assertProblem(
                raw(HttpMethod.POST, "/api/bookings/0000/cancel", "{}", MediaType.APPLICATION_JSON),
                404,
                "BOOKING_NOT_FOUND");
        assertProblem(
                raw(HttpMethod.POST, "/api/bookings", """
                {"clientId":"c","therapistId":"t","locationId":"nowhere","technique":"EFFLEURAGE",
                 "start":"2030-12-02T10:00","duration":"PT45M"}""", MediaType.APPLICATION_JSON), 404, "LOCATION_NOT_FOUND");
        Chain chain = chain("Europe/Berlin");
        assertProblem(
                call(
                        HttpMethod.POST,
                        "desk",
                        "/api/bookings",
                        session(chain.client(), "nobody", chain.location(), "EFFLEURAGE", "2030-12-02T10:00", "PT45M")),
                404,
                "THERAPIST_NOT_FOUND");
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, "nobody", "2030-12-02T10:00")),
                404,
                "CLIENT_NOT_FOUND");
        assertProblem(raw(HttpMethod.GET, "/api/locations/nowhere", null, null), 404, "LOCATION_NOT_FOUND");
        assertProblem(raw(HttpMethod.GET, "/no/such/path", null, null), 404, "NOT_FOUND");
    }

    @Test
    void anIdOfAnotherKindIs404ForTheKindAsked() {
        Chain chain = chain("Europe/Berlin");
        String monday = comingWeekday(DayOfWeek.MONDAY, "Europe/Berlin") + "T10:00";
        assertProblem(
                call(
                        HttpMethod.POST,
                        "desk",
                        "/api/bookings",
                        session(chain.client(), chain.location(), chain.location(), "EFFLEURAGE", monday, "PT45M")),
                404,
                "THERAPIST_NOT_FOUND");
        assertProblem(raw(HttpMethod.GET, "/api/bookings/" + chain.location(), null, null), 404, "BOOKING_NOT_FOUND");
        assertProblem(
                raw(HttpMethod.POST, "/api/bookings/" + chain.location() + "/cancel", "{}", MediaType.APPLICATION_JSON),
                404,
                "BOOKING_NOT_FOUND");
    }

    @Test
    void protocolErrorsAreProblems() {
        assertProblem(raw(HttpMethod.DELETE, "/api/bookings", null, null), 405, "METHOD_NOT_ALLOWED");
        assertProblem(
                raw(HttpMethod.POST, "/api/bookings", "clientId=c", MediaType.APPLICATION_FORM_URLENCODED),
                415,
                "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(
                raw(
                        HttpMethod.POST,
                        "/api/bookings",
                        "{\"pad\":\"" + "x".repeat(300_000) + "\"}",
                        MediaType.APPLICATION_JSON),
                413,
                "PAYLOAD_TOO_LARGE");
    }

    @Test
    void oversizedHeadersAndUrlsAreProblems() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("desk", "pw");
        headers.set("X-Padding", "x".repeat(20_000));
        ResponseEntity<Map<String, Object>> response =
                rest.exchange("/api/bookings", HttpMethod.GET, new HttpEntity<>(headers), JSON);
        assertThat(response.getStatusCode().value()).isBetween(400, 431);
        assertThat(response.getBody()).containsKey("code");
        ResponseEntity<Map<String, Object>> longUrl =
                raw(HttpMethod.GET, "/api/bookings?clientId=" + "x".repeat(20_000), null, null);
        assertThat(longUrl.getStatusCode().value()).isBetween(400, 431);
        assertThat(longUrl.getBody()).containsKey("code");
    }

    @Test
    void securityErrorsAreProblems() {
        ResponseEntity<Map<String, Object>> anonymous =
                rest.exchange("/api/bookings", HttpMethod.GET, new HttpEntity<>(new HttpHeaders()), JSON);
        assertProblem(anonymous, 401, "UNAUTHORIZED");
        HttpHeaders wrong = new HttpHeaders();
        wrong.setBasicAuth("desk", "not-the-password");
        assertProblem(
                rest.exchange("/api/bookings", HttpMethod.GET, new HttpEntity<>(wrong), JSON), 401, "UNAUTHORIZED");
        assertProblem(
                call(
                        HttpMethod.POST,
                        "desk",
                        "/api/locations",
                        Map.of("name", "Sneaky", "timeZone", "Europe/Berlin", "rooms", List.of(Map.of("name", "A")))),
                403,
                "FORBIDDEN");
    }

    @Test
    void invalidSetupIsRefused() {
        assertProblem(
                call(
                        HttpMethod.POST,
                        "admin",
                        "/api/locations",
                        Map.of("name", "Nowhere", "timeZone", "Mars/Olympus", "rooms", List.of(Map.of("name", "A")))),
                422,
                "INVALID_REQUEST");
        assertProblem(
                call(
                        HttpMethod.POST,
                        "admin",
                        "/api/locations",
                        Map.of("name", "Empty", "timeZone", "Europe/Berlin", "rooms", List.of())),
                400,
                "VALIDATION_FAILED");
        Chain chain = chain("Europe/Berlin");
        assertProblem(
                call(
                        HttpMethod.POST,
                        "admin",
                        "/api/therapists/" + chain.therapist() + "/shifts",
                        Map.of(
                                "locationId",
                                chain.location(),
                                "days",
                                List.of("MONDAY"),
                                "from",
                                "10:00",
                                "to",
                                "09:00",
                                "validFrom",
                                "2026-01-01")),
                422,
                "INVALID_SHIFT");
        assertProblem(
                call(
                        HttpMethod.POST,
                        "admin",
                        "/api/therapists/" + chain.therapist() + "/shifts",
                        Map.of(
                                "locationId",
                                chain.location(),
                                "days",
                                List.of("MONDAY"),
                                "from",
                                "12:00",
                                "to",
                                "13:00",
                                "validFrom",
                                "2026-01-01")),
                409,
                "SHIFT_OVERLAP");
    }

    @Test
    void healthAndDocsAreOpen() {
        ResponseEntity<Map<String, Object>> readiness =
                rest.exchange("/actuator/health/readiness", HttpMethod.GET, new HttpEntity<>(new HttpHeaders()), JSON);
        assertThat(readiness.getBody()).containsEntry("status", "UP");
        ResponseEntity<Map<String, Object>> docs =
                rest.exchange("/v3/api-docs", HttpMethod.GET, new HttpEntity<>(new HttpHeaders()), JSON);
        assertThat(docs.getBody()).containsKey("paths");
        assertThat(docs.getBody().get("paths").toString()).contains("/api/bookings/{id}/reschedule");
        ResponseEntity<String> metrics = rest.getForEntity("/actuator/prometheus", String.class);
        assertThat(metrics.getStatusCode().value()).isEqualTo(200);
        assertThat(metrics.getBody()).contains("http_server_requests");
        ResponseEntity<String> liveness = rest.getForEntity("/actuator/health/liveness", String.class);
        assertThat(liveness.getBody()).contains("UP");
        assertThat(rest.getForEntity("/swagger-ui/index.html", String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
    }
}

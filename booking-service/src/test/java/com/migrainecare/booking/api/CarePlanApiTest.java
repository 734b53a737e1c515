package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A care plan over HTTP: recommended from the intake, read, accepted into a series of bookings. */
class CarePlanApiTest extends ApiTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void recommendsAcceptsAndBooksTheStartingPhase() {
        Chain chain = chain("Europe/Berlin");
        intake(chain.client(), 18, 4, List.of("SUBOCCIPITAL", "NECK"), List.of());

        ResponseEntity<Map<String, Object>> recommended =
                call(HttpMethod.POST, "desk", "/api/clients/" + chain.client() + "/care-plan/recommendation", Map.of());
        assertThat(recommended.getStatusCode())
                .as("body: %s", recommended.getBody())
                .isEqualTo(HttpStatus.OK);
        Map<String, Object> advice = recommended.getBody();
        List<Map<String, Object>> phases = (List<Map<String, Object>>) advice.get("phases");
        assertThat(phases.get(0))
                .containsEntry("sessionsPerWeek", 2)
                .containsEntry("sessionLength", "PT45M")
                .containsEntry("weeks", 6)
                .containsEntry("sessions", 12);
        assertThat(phases.get(1)).containsEntry("intervalWeeks", 1).doesNotContainKey("weeks");
        assertThat(advice.get("techniques")).isEqualTo(List.of("TRIGGER_POINT", "MYOFASCIAL_RELEASE", "DEEP_TISSUE"));
        assertThat((List<String>) advice.get("rationale"))
                .contains("chronic migraine: 18 headache days a month for 4 months, more than 15 for at least 3");
        assertThat(advice).containsEntry("tableVersion", "1");

        assertThat(call(HttpMethod.GET, "desk", "/api/clients/" + chain.client() + "/care-plan", null)
                        .getBody())
                .containsEntry("status", "RECOMMENDED");

        LocalDate monday = comingWeekday(DayOfWeek.MONDAY, "Europe/Berlin");
        // a refused acceptance leaves the plan as it was
        assertProblem(
                call(
                        HttpMethod.POST,
                        "desk",
                        "/api/clients/" + chain.client() + "/care-plan/accept",
                        Map.of(
                                "therapistId",
                                "no-such-therapist",
                                "locationId",
                                chain.location(),
                                "firstStart",
                                monday + "T10:00")),
                404,
                "THERAPIST_NOT_FOUND");
        assertProblem(
                call(
                        HttpMethod.POST,
                        "desk",
                        "/api/clients/" + chain.client() + "/care-plan/accept",
                        Map.of(
                                "therapistId", chain.therapist(),
                                "locationId", chain.location(),
                                "firstStart", monday + "T10:00",
                                "weekdays", List.of("MONDAY", "TUESDAY"))),
                400,
                "INVALID_REQUEST");
        Map<String, Object> accept = Map.of(
                "therapistId", chain.therapist(), "locationId", chain.location(), "firstStart", monday + "T10:00");
        Map<String, Object> plan =
                created(call(HttpMethod.POST, "desk", "/api/clients/" + chain.client() + "/care-plan/accept", accept));
        assertThat(plan).containsEntry("status", "ACTIVE");
        Map<String, Object> series = (Map<String, Object>) plan.get("series");
        List<Map<String, Object>> bookings = (List<Map<String, Object>>) series.get("bookings");
        assertThat(series.get("conflicts")).isEqualTo(List.of());
        assertThat(bookings).hasSize(12);
        assertThat(bookings)
                .allSatisfy(
                        booking -> assertThat(booking.get("start").toString()).contains("T10:00:00"))
                .allSatisfy(booking -> assertThat(booking).containsEntry("technique", "TRIGGER_POINT"));
        // two a week, spread from Monday: Monday and Thursday
        assertThat(bookings.get(0).get("start").toString()).startsWith(monday.toString());
        assertThat(bookings.get(1).get("start").toString())
                .startsWith(monday.plusDays(3).toString());
        assertThat(((Map<String, Object>) plan.get("accepted")).get("seriesId")).isEqualTo(series.get("id"));

        assertProblem(
                call(HttpMethod.POST, "desk", "/api/clients/" + chain.client() + "/care-plan/accept", accept),
                409,
                "CARE_PLAN_ALREADY_ACTIVE");
        assertThat(call(HttpMethod.GET, "desk", "/api/series/" + series.get("id"), null)
                        .getBody())
                .containsEntry("carePlanId", plan.get("id"));
    }

    @Test
    void aClearanceIsNeededForNeckWorkInTheRecommendation() {
        String client = client();
        intake(client, 5, 2, List.of("NECK"), List.of("OSTEOPOROSIS"));
        Map<String, Object> advice = call(
                        HttpMethod.POST, "desk", "/api/clients/" + client + "/care-plan/recommendation", null)
                .getBody();
        assertThat(advice.get("techniques")).isEqualTo(List.of("EFFLEURAGE", "LYMPHATIC_DRAINAGE"));
    }

    @Test
    void refusalsAreProblems() {
        String client = client();
        assertProblem(
                call(
                        HttpMethod.POST,
                        "desk",
                        "/api/clients/" + client + "/stress-periods",
                        Map.of("from", "2026-12-01", "to", "2026-12-02")),
                404,
                "CARE_PLAN_NOT_FOUND");
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/clients/" + client + "/care-plan/recommendation", Map.of()),
                422,
                "INTAKE_REQUIRED");
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/clients/no-such-client/care-plan/recommendation", Map.of()),
                404,
                "CLIENT_NOT_FOUND");
        assertProblem(
                call(HttpMethod.GET, "desk", "/api/clients/" + client + "/care-plan", null),
                404,
                "CARE_PLAN_NOT_FOUND");
        assertProblem(
                call(
                        HttpMethod.POST,
                        "desk",
                        "/api/clients/" + client + "/care-plan/accept",
                        Map.of("therapistId", "t", "locationId", "l", "firstStart", "soon")),
                400,
                "INVALID_REQUEST");
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/clients/" + client + "/care-plan/accept", Map.of()),
                400,
                "VALIDATION_FAILED");
    }
}

package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** Adjustments of an accepted care plan over HTTP: high-stress periods and the headache diary. */
class CadenceAdjustmentApiTest extends ApiTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void stressPeriodsStepUpOnceAndProposeSessions48HoursApart() {
        Chain chain = chain("Europe/Berlin");
        LocalDate monday = comingWeekday(DayOfWeek.MONDAY, "Europe/Berlin");
        acceptedCarePlan(chain, 18, 4, List.of("SUBOCCIPITAL", "NECK"), monday);
        String path = "/api/clients/" + chain.client() + "/stress-periods";
        Map<String, Object> exams = created(call(
                HttpMethod.POST,
                "desk",
                path,
                Map.of(
                        "from",
                        monday.plusWeeks(1).toString(),
                        "to",
                        monday.plusWeeks(1).plusDays(6).toString(),
                        "note",
                        "exams")));
        assertThat(exams.get("during")).isEqualTo(cadence(3));
        assertThat((List<Map<String, Object>>) exams.get("proposals"))
                .singleElement()
                .satisfies(p -> assertThat(p)
                        .containsEntry("planned", monday.plusWeeks(1).plusDays(5) + "T10:00:00")
                        .containsEntry("status", "TENTATIVE")
                        .containsEntry("therapistId", chain.therapist())
                        .containsKeys("bookingId", "holdUntil"));
        assertThat((List<String>) exams.get("rationale"))
                .contains("high-stress period " + monday.plusWeeks(1) + " to "
                        + monday.plusWeeks(1).plusDays(6) + ": 2 sessions a week steps up to 3 sessions a week");

        Map<String, Object> move = created(call(
                HttpMethod.POST,
                "desk",
                path,
                Map.of(
                        "from",
                        monday.plusWeeks(1).plusDays(3).toString(),
                        "to",
                        monday.plusWeeks(2).plusDays(6).toString())));
        assertThat(move.get("steppedUp"))
                .isEqualTo(List.of(Map.of(
                        "from",
                        monday.plusWeeks(2).toString(),
                        "to",
                        monday.plusWeeks(2).plusDays(6).toString())));
        assertThat((List<Map<String, Object>>) move.get("proposals"))
                .extracting(p -> p.get("planned"))
                .containsExactly(monday.plusWeeks(2).plusDays(5) + "T10:00:00");
        assertThat((List<String>) move.get("rationale")).anyMatch(line -> line.contains("no second step"));
        assertProblem(
                call(
                        HttpMethod.POST,
                        "desk",
                        path,
                        Map.of(
                                "from",
                                monday.toString(),
                                "to",
                                monday.minusDays(1).toString())),
                400,
                "INVALID_REQUEST");
    }

    @Test
    @SuppressWarnings("unchecked")
    void attacksComingOftenStepThePlanUpOnce() {
        Chain chain = chain("Europe/Berlin");
        // 4 headache days a month: 1.9 in 14 days, so the third logged day is 30 % or more above it
        LocalDate monday = comingWeekday(DayOfWeek.MONDAY, "Europe/Berlin");
        acceptedCarePlan(chain, 4, 6, List.of("SHOULDERS"), monday);
        String path = "/api/clients/" + chain.client() + "/headache-log";
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC));

        Map<String, Object> first = created(call(
                HttpMethod.POST, "desk", path, Map.of("date", today.minusDays(2).toString())));
        assertThat(first).containsEntry("loggedDaysLast14", 1).doesNotContainKey("stepUp");
        created(call(
                HttpMethod.POST, "desk", path, Map.of("date", today.minusDays(1).toString(), "severity", 4)));
        Map<String, Object> third =
                created(call(HttpMethod.POST, "desk", path, Map.of("date", today.toString(), "note", "bad week")));
        assertThat(third).containsEntry("loggedDaysLast14", 3);
        Map<String, Object> stepUp = (Map<String, Object>) third.get("stepUp");
        assertThat(stepUp).containsEntry("from", today.plusDays(1).toString());
        assertThat(((Map<String, Object>) stepUp.get("during"))).containsEntry("intervalWeeks", 1);
        assertThat((List<String>) stepUp.get("rationale"))
                .contains("attacks coming often: 3 headache days logged in the last 14 days, against a baseline of 1.9"
                        + " (4 a month scaled to 14 days): 61 % above it, the step up begins at 30 %");

        Map<String, Object> fourth = created(call(
                HttpMethod.POST, "desk", path, Map.of("date", today.minusDays(3).toString())));
        assertThat(fourth).containsEntry("loggedDaysLast14", 4).doesNotContainKey("stepUp");
        assertProblem(
                call(
                        HttpMethod.POST,
                        "desk",
                        path,
                        Map.of("date", today.plusDays(5).toString())),
                422,
                "INVALID_REQUEST");
        assertProblem(
                call(HttpMethod.POST, "desk", path, Map.of("date", today.toString(), "severity", 11)),
                400,
                "VALIDATION_FAILED");
        assertProblem(
                call(
                        HttpMethod.POST,
                        "desk",
                        "/api/clients/no-such-client/headache-log",
                        Map.of("date", today.toString())),
                404,
                "CLIENT_NOT_FOUND");
    }

    private static Map<String, Object> cadence(int perWeek) {
        Map<String, Object> cadence = new java.util.HashMap<>();
        cadence.put("sessionsPerWeek", perWeek);
        cadence.put("intervalWeeks", null);
        return cadence;
    }
}

package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A care plan over HTTP shows its pending proposals and what is booked against it, and ends at the request of
 * staff or the client: its proposals are released, its nudge deadline is cancelled, its booked sessions stay
 * unless the request asks to cancel them; the actor and the reason are in the audit history.
 */
class CarePlanEndApiTest extends ApiTestSupport {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void planListsItsPendingProposalsAndBookedSessions() {
        Chain chain = chain("Europe/Berlin");
        Map<String, Object> proposal = proposedExtraSession(chain);
        String booking = proposal.get("bookingId").toString();

        Map<String, Object> plan = plan(chain.client());
        assertThat(plan).containsEntry("status", "ACTIVE").doesNotContainKey("endedAt");
        assertThat((List<Map<String, Object>>) plan.get("proposals"))
                .singleElement()
                .satisfies(p -> assertThat(p)
                        .containsEntry("bookingId", booking)
                        .containsEntry("start", proposal.get("start"))
                        .containsEntry("end", proposal.get("end"))
                        .containsEntry("holdUntil", proposal.get("holdUntil"))
                        .containsEntry("accept", proposalPath(chain.client(), booking, "accept"))
                        .containsEntry("decline", proposalPath(chain.client(), booking, "decline")));
        List<Map<String, Object>> booked = (List<Map<String, Object>>) plan.get("booked");
        assertThat(booked)
                .as("the chronic plan's twelve sessions of its starting phase")
                .hasSize(12)
                .allSatisfy(session -> assertThat(session).containsEntry("status", "CONFIRMED"));

        var accepted = call(HttpMethod.POST, "desk", proposalPath(chain.client(), booking, "accept"), null);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> after = plan(chain.client());
        assertThat((List<?>) after.get("proposals")).isEmpty();
        assertThat((List<Map<String, Object>>) after.get("booked"))
                .hasSize(13)
                .anySatisfy(session -> assertThat(session).containsEntry("bookingId", booking));
    }

    @Test
    @SuppressWarnings("unchecked")
    void endingPlanReleasesProposalsCancelsItsNudgeAndKeepsSessions() {
        Chain chain = chain("Europe/Berlin");
        Map<String, Object> proposal = proposedExtraSession(chain);
        String booking = proposal.get("bookingId").toString();
        int deadlinesBefore = deadlines();

        ResponseEntity<Map<String, Object>> ended = call(
                HttpMethod.POST,
                "desk",
                "/api/clients/" + chain.client() + "/care-plan/end",
                Map.of("reason", "moving to another city"));

        assertThat(ended.getStatusCode()).as("body: %s", ended.getBody()).isEqualTo(HttpStatus.OK);
        Map<String, Object> endedPlan = (Map<String, Object>) ended.getBody().get("plan");
        assertThat(endedPlan).containsEntry("status", "ENDED").containsKey("endedAt");
        assertThat((List<Map<String, Object>>) ended.getBody().get("released"))
                .singleElement()
                .satisfies(released -> assertThat((Map<String, Object>) released.get("booking"))
                        .containsEntry("id", booking)
                        .containsEntry("status", "DECLINED"));
        assertThat((List<?>) ended.getBody().get("cancelled")).isEmpty();
        assertThat(deadlines()).as("the nudge check is cancelled").isEqualTo(deadlinesBefore - 1);

        Map<String, Object> plan = plan(chain.client());
        assertThat(plan).containsEntry("status", "ENDED").containsEntry("endedAt", endedPlan.get("endedAt"));
        assertThat((List<?>) plan.get("proposals")).isEmpty();
        assertThat((List<?>) plan.get("booked")).as("booked sessions stay").hasSize(12);
        created(call(
                HttpMethod.POST,
                "desk",
                "/api/bookings",
                bookingBody(chain, client(), proposal.get("start").toString())));

        assertProblem(
                call(
                        HttpMethod.POST,
                        "desk",
                        "/api/clients/" + chain.client() + "/care-plan/end",
                        Map.of("reason", "again")),
                409,
                "CARE_PLAN_ENDED");
        LocalDate monday = comingWeekday(DayOfWeek.MONDAY, "Europe/Berlin");
        assertProblem(
                call(
                        HttpMethod.POST,
                        "desk",
                        "/api/clients/" + chain.client() + "/stress-periods",
                        Map.of(
                                "from",
                                monday.toString(),
                                "to",
                                monday.plusDays(3).toString())),
                409,
                "CARE_PLAN_ENDED");
        eventually(() -> assertThat(audit(chain.client(), "CarePlanEnded"))
                .singleElement()
                .satisfies(entry -> assertThat(entry)
                        .containsEntry("actor", "desk")
                        .containsEntry("reason", "moving to another city")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void endingPlanWithCancelUpcomingCancelsEachBookedSession() {
        Chain chain = chain("Europe/Berlin");
        acceptedCarePlan(
                chain, 18, 4, List.of("SUBOCCIPITAL", "NECK"), comingWeekday(DayOfWeek.MONDAY, "Europe/Berlin"));

        ResponseEntity<Map<String, Object>> ended = call(
                HttpMethod.POST,
                "manager",
                "/api/clients/" + chain.client() + "/care-plan/end",
                Map.of("reason", "feeling better", "cancelUpcoming", true));

        assertThat(ended.getStatusCode()).as("body: %s", ended.getBody()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> cancelled =
                (List<Map<String, Object>>) ended.getBody().get("cancelled");
        assertThat(cancelled).hasSize(12).allSatisfy(outcome -> assertThat((Map<String, Object>) outcome.get("booking"))
                .containsEntry("status", "CANCELLED"));
        assertThat((List<?>) plan(chain.client()).get("booked")).isEmpty();
        String first = ((Map<String, Object>) cancelled.get(0).get("booking"))
                .get("id")
                .toString();
        eventually(() -> assertThat(call(HttpMethod.GET, "desk", "/api/bookings/" + first, null)
                        .getBody())
                .containsEntry("status", "CANCELLED"));
    }

    @Test
    void endingNeedsAReasonAndAnAcceptedPlan() {
        Chain chain = chain("Europe/Berlin");
        String path = "/api/clients/" + chain.client() + "/care-plan/end";
        assertProblem(call(HttpMethod.POST, "desk", path, Map.of("reason", "x")), 404, "CARE_PLAN_NOT_FOUND");
        intake(chain.client(), 10, 4, List.of("NECK"), List.of());
        call(HttpMethod.POST, "desk", "/api/clients/" + chain.client() + "/care-plan/recommendation", Map.of());
        assertProblem(call(HttpMethod.POST, "desk", path, Map.of("reason", "x")), 409, "CARE_PLAN_NOT_ACTIVE");
        assertProblem(call(HttpMethod.POST, "desk", path, Map.of()), 400, "VALIDATION_FAILED");
        assertProblem(call(HttpMethod.POST, "desk", path, Map.of("reason", "x".repeat(501))), 400, "VALIDATION_FAILED");
    }

    private Map<String, Object> plan(String client) {
        ResponseEntity<Map<String, Object>> plan =
                call(HttpMethod.GET, "desk", "/api/clients/" + client + "/care-plan", null);
        assertThat(plan.getStatusCode()).as("body: %s", plan.getBody()).isEqualTo(HttpStatus.OK);
        return plan.getBody();
    }

    private int deadlines() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM scheduled_tasks WHERE LOWER(task_name) LIKE '%deadline%'", Integer.class);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> audit(String client, String type) {
        return (List<Map<String, Object>>)
                call(HttpMethod.GET, "manager", "/api/audit/events?clientId=" + client + "&type=" + type, null)
                        .getBody()
                        .get("content");
    }

    private static String proposalPath(String client, String booking, String decision) {
        return "/api/clients/" + client + "/care-plan/proposals/" + booking + "/" + decision;
    }
}

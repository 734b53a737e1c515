package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A proposed extra session nobody answers: its hold ends by a deadline stored in {@code scheduled_tasks}
 * (db-scheduler), which marks it expired and frees its time for anybody else.
 */
@TestPropertySource(properties = {"clinic.care-plan.tentative-hold=PT8S", "clinic.scheduler.polling-interval=PT0.2S"})
class CarePlanHoldExpiryApiTest extends ApiTestSupport {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void offerExpiresAfterHold() {
        Chain chain = chain("Europe/Berlin");
        Map<String, Object> proposal = proposedExtraSession(chain);
        String booking = proposal.get("bookingId").toString();
        // the plan's cadence nudge is days ahead; the hold's end is the one due within the minute
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM scheduled_tasks WHERE LOWER(task_name) LIKE '%deadline%'"
                                + " AND execution_time < ?",
                        Integer.class, Timestamp.from(clock.instant().plus(Duration.ofMinutes(1)))))
                .as("the hold's end is a stored deadline")
                .isEqualTo(1);

        eventually(() -> assertThat(call(HttpMethod.GET, "desk", "/api/bookings/" + booking, null)
                        .getBody())
                .containsEntry("status", "EXPIRED"));
        assertProblem(
                call(
                        HttpMethod.POST,
                        "desk",
                        "/api/clients/" + chain.client() + "/care-plan/proposals/" + booking + "/accept",
                        null),
                409,
                "HOLD_EXPIRED");
        created(call(
                HttpMethod.POST,
                "desk",
                "/api/bookings",
                bookingBody(chain, client(), proposal.get("start").toString())));
    }
}

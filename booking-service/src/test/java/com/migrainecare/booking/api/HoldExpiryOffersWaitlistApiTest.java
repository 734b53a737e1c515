package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A care plan's proposed extra session holds its time; clients waiting for that day are not offered it while the
 * hold lasts. When the hold runs out unanswered (its stored deadline made due, the scheduler woken: no waiting on
 * the wall clock), the freed time goes to the client who joined the waitlist first, as an offer held for them.
 */
class HoldExpiryOffersWaitlistApiTest extends WaitlistApiSupport {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Scheduler scheduler;

    @Test
    @SuppressWarnings("unchecked")
    void expiredHoldGoesToTheFirstWaitingClientAsAnOffer() {
        Chain chain = chain(BERLIN);
        Map<String, Object> proposal = proposedExtraSession(chain);
        String held = proposal.get("bookingId").toString();
        OffsetDateTime start = OffsetDateTime.parse(proposal.get("start").toString());
        LocalDate day = start.toLocalDate();
        String firstEntry = join(client(), chain.location(), day);
        eventually(() -> assertThat(entry(firstEntry)).containsEntry("status", "WAITING"));
        String secondEntry = join(client(), chain.location(), day);
        eventually(() -> assertThat(entry(secondEntry)).containsEntry("status", "WAITING"));

        Instant holdUntil =
                OffsetDateTime.parse(proposal.get("holdUntil").toString()).toInstant();
        int due = jdbc.update(
                "UPDATE scheduled_tasks SET execution_time = ? WHERE execution_time BETWEEN ? AND ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1),
                holdUntil.minusMillis(1).atOffset(ZoneOffset.UTC),
                holdUntil.plusMillis(1).atOffset(ZoneOffset.UTC));
        assertThat(due).as("the hold's end is one stored deadline").isEqualTo(1);
        assertThat(entry(firstEntry)).as("no offer while the hold lasts").containsEntry("status", "WAITING");
        scheduler.triggerCheckForDueExecutions();

        eventually(() -> assertThat(call(HttpMethod.GET, "desk", "/api/bookings/" + held, null)
                        .getBody())
                .containsEntry("status", "EXPIRED"));
        eventually(() -> assertThat(entry(firstEntry)).containsEntry("status", "OFFERED"));
        Map<String, Object> offer = (Map<String, Object>) entry(firstEntry).get("offer");
        assertThat(offer).containsEntry("therapistId", chain.therapist()).containsEntry("outcome", "OPEN");
        assertThat(OffsetDateTime.parse(offer.get("start").toString()).toInstant())
                .isEqualTo(start.toInstant());
        assertThat(entry(secondEntry)).as("only the first in line is offered").containsEntry("status", "WAITING");
        assertProblem(
                call(
                        HttpMethod.POST,
                        "desk",
                        "/api/bookings",
                        bookingBody(chain, client(), proposal.get("start").toString())),
                409,
                "THERAPIST_UNAVAILABLE");
    }
}

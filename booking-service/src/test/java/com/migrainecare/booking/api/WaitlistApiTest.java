package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The waitlist end to end: a cancelled session's slot is offered to the client who joined first, held so that the
 * front desk cannot book it, handed to the next client when the hold runs out (the deadline is made due and the
 * scheduler woken, no waiting on the wall clock), and booked when that client accepts.
 */
class WaitlistApiTest extends WaitlistApiSupport {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Scheduler scheduler;

    @Test
    void freedSlotGoesDownTheWaitlistUntilAClientTakesIt() {
        Chain chain = chain(BERLIN);
        LocalDate day = comingWeekday(DayOfWeek.TUESDAY, BERLIN);
        Line line = twoWaitAndASessionIsCancelled(chain, day, "10:00");
        String first = line.first();
        String second = line.second();
        String firstEntry = line.firstEntry();
        String secondEntry = line.secondEntry();

        Map<String, Object> offer = offerOf(firstEntry);
        assertThat(offer).containsEntry("therapistId", chain.therapist()).containsEntry("outcome", "OPEN");
        assertThat(OffsetDateTime.parse(offer.get("start").toString()).toLocalDateTime())
                .isEqualTo(day.atTime(10, 0));
        assertThat(entry(secondEntry)).containsEntry("status", "WAITING");

        assertProblem(
                call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, client(), day + "T10:00")),
                409,
                "THERAPIST_UNAVAILABLE");

        holdRunsOut(offer);

        eventually(() -> assertThat(entry(secondEntry)).containsEntry("status", "OFFERED"));
        assertThat(entry(firstEntry)).containsEntry("status", "WAITING");
        assertThat(offersOf(firstEntry)).singleElement().satisfies(o -> assertThat(o)
                .containsEntry("outcome", "EXPIRED"));

        Map<String, Object> accepted = created(call(
                HttpMethod.POST,
                "desk",
                "/api/waitlist/" + secondEntry + "/offer/accept",
                Map.of("reason", "called back within the hold")));
        assertThat(accepted).containsEntry("clientId", second).containsEntry("therapistId", chain.therapist());
        String bookingId = accepted.get("bookingId").toString();
        eventually(() -> assertThat(call(HttpMethod.GET, "desk", "/api/bookings/" + bookingId, null)
                        .getBody())
                .containsEntry("clientId", second)
                .containsEntry("status", "CONFIRMED"));
        eventually(() -> assertThat(entry(secondEntry))
                .containsEntry("status", "ACCEPTED")
                .containsEntry("bookingId", bookingId));
        assertThat(history(secondEntry)).anySatisfy(change -> assertThat(change)
                .containsEntry("type", "OfferAccepted")
                .containsEntry("actor", "desk")
                .containsEntry("reason", "called back within the hold"));
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, first, day + "T10:00")),
                409,
                "THERAPIST_UNAVAILABLE");
    }

    @Test
    void declinedOfferGoesToTheNextClientAndTheDeclinerKeepsWaiting() {
        Chain chain = chain(BERLIN);
        Line line = twoWaitAndASessionIsCancelled(chain, comingWeekday(DayOfWeek.WEDNESDAY, BERLIN), "14:00");
        String firstEntry = line.firstEntry();
        String secondEntry = line.secondEntry();

        ResponseEntity<Map<String, Object>> declined = call(
                HttpMethod.POST, "desk", "/api/waitlist/" + firstEntry + "/offer/decline", Map.of("reason", "busy"));
        assertThat(declined.getStatusCode()).isEqualTo(HttpStatus.OK);

        eventually(() -> assertThat(entry(secondEntry)).containsEntry("status", "OFFERED"));
        assertThat(entry(firstEntry)).containsEntry("status", "WAITING");
        assertThat(offersOf(firstEntry)).singleElement().satisfies(o -> assertThat(o)
                .containsEntry("outcome", "DECLINED"));
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/waitlist/" + firstEntry + "/offer/accept", Map.of()),
                409,
                "NO_OPEN_OFFER");
        List<Map<String, Object>> atLocation = getList(
                        "desk", "/api/waitlist?locationId=" + chain.location() + "&status=OFFERED")
                .getBody();
        assertThat(atLocation).extracting(e -> e.get("id")).containsExactly(secondEntry);
    }

    /** Two clients and their entries, in the order they joined. */
    private record Line(String first, String second, String firstEntry, String secondEntry) {}

    /**
     * The chain's client has a session on {@code day} at {@code time}; two other clients join the waitlist for that
     * day, one after the other; the session is cancelled, and the slot is offered to the first.
     */
    private Line twoWaitAndASessionIsCancelled(Chain chain, LocalDate day, String time) {
        String first = client();
        String second = client();
        String booking = created(call(
                        HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, chain.client(), day + "T" + time)))
                .get("id")
                .toString();
        String firstEntry = join(first, chain.location(), day);
        eventually(() -> assertThat(entry(firstEntry)).containsEntry("status", "WAITING"));
        String secondEntry = join(second, chain.location(), day);
        cancel(booking);
        eventually(() -> assertThat(entry(firstEntry)).containsEntry("status", "OFFERED"));
        return new Line(first, second, firstEntry, secondEntry);
    }

    private void cancel(String booking) {
        ResponseEntity<Map<String, Object>> cancelled =
                call(HttpMethod.POST, "desk", "/api/bookings/" + booking + "/cancel", Map.of("reason", "ill"));
        assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** The offer's hold deadline is made due now, and the scheduler is told to look. */
    private void holdRunsOut(Map<String, Object> offer) {
        Instant holdUntil =
                OffsetDateTime.parse(offer.get("holdUntil").toString()).toInstant();
        int due = jdbc.update(
                "UPDATE scheduled_tasks SET execution_time = ? WHERE execution_time BETWEEN ? AND ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1),
                holdUntil.minusMillis(1).atOffset(ZoneOffset.UTC),
                holdUntil.plusMillis(1).atOffset(ZoneOffset.UTC));
        assertThat(due).isEqualTo(1);
        scheduler.triggerCheckForDueExecutions();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> offerOf(String id) {
        return (Map<String, Object>) entry(id).get("offer");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> offersOf(String id) {
        return (List<Map<String, Object>>) entry(id).get("offers");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> history(String id) {
        return (List<Map<String, Object>>) entry(id).get("history");
    }
}

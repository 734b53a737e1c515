package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A moved session frees its old slot for the waitlist; leaving the waitlist; and requests the waitlist refuses, each
 * with a problem and a stable code.
 */
class WaitlistRequestsApiTest extends WaitlistApiSupport {

    @Test
    void movedSessionOffersItsOldTimeToTheWaitlist() {
        Chain chain = chain(BERLIN);
        String waiting = client();
        LocalDate day = comingWeekday(DayOfWeek.MONDAY, BERLIN);
        String booking = created(call(
                        HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, chain.client(), day + "T11:00")))
                .get("id")
                .toString();
        String entry = join(waiting, chain.location(), day);

        ResponseEntity<Map<String, Object>> moved = call(
                HttpMethod.POST,
                "desk",
                "/api/bookings/" + booking + "/reschedule",
                Map.of("start", day + "T15:00", "reason", "client asked"));

        assertThat(moved.getStatusCode()).as("body: %s", moved.getBody()).isEqualTo(HttpStatus.OK);
        eventually(() -> assertThat(entry(entry)).containsEntry("status", "OFFERED"));
        @SuppressWarnings("unchecked")
        Map<String, Object> offer = (Map<String, Object>) entry(entry).get("offer");
        assertThat(OffsetDateTime.parse(offer.get("start").toString()).toLocalDateTime())
                .isEqualTo(day.atTime(11, 0));
    }

    @Test
    void clientCanLeaveTheWaitlistOnce() {
        Chain chain = chain(BERLIN);
        String entry = join(chain.client(), chain.location(), comingWeekday(DayOfWeek.THURSDAY, BERLIN));

        ResponseEntity<Map<String, Object>> left =
                call(HttpMethod.POST, "desk", "/api/waitlist/" + entry + "/leave", Map.of("reason", "found a time"));

        assertThat(left.getStatusCode()).isEqualTo(HttpStatus.OK);
        eventually(() -> assertThat(entry(entry)).containsEntry("status", "LEFT"));
        assertThat(getList("desk", "/api/waitlist?clientId=" + chain.client()).getBody())
                .extracting(e -> e.get("status"))
                .containsExactly("LEFT");
        assertProblem(call(HttpMethod.DELETE, "desk", "/api/waitlist/" + entry, null), 409, "WAITLIST_ENTRY_CLOSED");
    }

    @Test
    void badWaitlistRequestsAreRefusedWithProblems() {
        Chain chain = chain(BERLIN);
        LocalDate day = comingWeekday(DayOfWeek.FRIDAY, BERLIN);
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/waitlist", wish(chain.client(), "location-nowhere", day)),
                404,
                "LOCATION_NOT_FOUND");
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/waitlist", wish("client-nobody", chain.location(), day)),
                404,
                "CLIENT_NOT_FOUND");
        assertProblem(
                call(
                        HttpMethod.POST,
                        "desk",
                        "/api/waitlist",
                        Map.of(
                                "clientId",
                                chain.client(),
                                "technique",
                                "TRIGGER_POINT",
                                "locationIds",
                                List.of(chain.location()),
                                "from",
                                day + "T18:00",
                                "to",
                                day + "T08:00")),
                400,
                "INVALID_REQUEST");
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/waitlist", Map.of("clientId", chain.client())),
                400,
                "VALIDATION_FAILED");
        assertProblem(
                call(HttpMethod.GET, "desk", "/api/waitlist/entry-unknown", null), 404, "WAITLIST_ENTRY_NOT_FOUND");
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/waitlist/entry-unknown/offer/accept", Map.of()),
                404,
                "WAITLIST_ENTRY_NOT_FOUND");
        assertThat(getList("desk", "/api/waitlist?clientId=" + chain.client()).getBody())
                .isEmpty();
    }
}

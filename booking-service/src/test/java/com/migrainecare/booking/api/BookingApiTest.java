package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class BookingApiTest extends ApiTestSupport {

    @Test
    void booksReschedulesCancelsAndKeepsHistory() {
        Chain chain = chain("Europe/Berlin");
        Map<String, Object> booking = created(call(
                HttpMethod.POST,
                "desk",
                "/api/bookings",
                withReason(bookingBody(chain, chain.client(), "2030-12-02T10:00"), "first visit")));
        String id = booking.get("id").toString();
        assertThat(booking)
                .containsEntry("status", "CONFIRMED")
                .containsEntry("start", "2030-12-02T10:00:00+01:00")
                .containsEntry("end", "2030-12-02T10:45:00+01:00")
                .containsEntry("roomId", chain.roomA())
                .containsEntry("version", 0);

        String otherClient = client();
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, otherClient, "2030-12-02T10:30")),
                409,
                "THERAPIST_UNAVAILABLE");
        created(call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, otherClient, "2030-12-02T10:45")));

        HttpHeaders ifMatch = new HttpHeaders();
        ifMatch.setIfMatch("\"0\"");
        ResponseEntity<Map<String, Object>> moved = call(
                HttpMethod.POST,
                "desk",
                "/api/bookings/" + id + "/reschedule",
                Map.of("start", "2030-12-03T09:00", "reason", "client asked"),
                ifMatch);
        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(moved.getHeaders().getETag()).isEqualTo("\"1\"");
        assertThat(moved.getBody())
                .containsEntry("start", "2030-12-03T09:00:00+01:00")
                .containsEntry("version", 1);

        assertProblem(
                call(HttpMethod.POST, "desk", "/api/bookings/" + id + "/cancel", Map.of(), ifMatch),
                412,
                "VERSION_MISMATCH");
        ResponseEntity<Map<String, Object>> cancelled =
                call(HttpMethod.POST, "desk", "/api/bookings/" + id + "/cancel", Map.of("reason", "feeling better"));
        assertThat(cancelled.getBody()).containsEntry("status", "CANCELLED");
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/bookings/" + id + "/cancel", Map.of()),
                409,
                "BOOKING_ALREADY_CANCELLED");

        // the freed slot can be booked again at once
        created(call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, client(), "2030-12-03T09:00")));

        eventually(() -> {
            List<Map<String, Object>> history =
                    getList("manager", "/api/bookings/" + id + "/history").getBody();
            assertThat(history)
                    .extracting(entry -> entry.get("type"))
                    .containsExactly("SessionBooked", "SessionRescheduled", "SessionCancelled");
            assertThat(history.get(0)).containsEntry("actor", "desk").containsEntry("reason", "first visit");
            assertThat(history.get(1)).containsEntry("reason", "client asked");
            assertThat(history.get(2)).containsEntry("reason", "feeling better");
        });
        eventually(() -> {
            ResponseEntity<Map<String, Object>> read = call(HttpMethod.GET, "desk", "/api/bookings/" + id, null);
            assertThat(read.getBody()).containsEntry("status", "CANCELLED").containsEntry("version", 2);
            assertThat(read.getHeaders().getETag()).isEqualTo("\"2\"");
        });
    }

    @Test
    void backToBackSessionsAndBothRoomsAreUsed() {
        Chain chain = chain("America/Chicago");
        String second = therapist(chain.location());
        created(call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, chain.client(), "2030-12-02T10:00")));
        Map<String, Object> parallel = created(call(
                HttpMethod.POST,
                "desk",
                "/api/bookings",
                session(client(), second, chain.location(), "EFFLEURAGE", "2030-12-02T10:00", "PT45M")));
        assertThat(parallel).containsEntry("roomId", chain.roomB());
        String third = therapist(chain.location());
        assertProblem(
                call(
                        HttpMethod.POST,
                        "desk",
                        "/api/bookings",
                        session(client(), third, chain.location(), "EFFLEURAGE", "2030-12-02T10:15", "PT45M")),
                409,
                "NO_ROOM_AVAILABLE");
        assertProblem(
                call(
                        HttpMethod.POST,
                        "desk",
                        "/api/bookings",
                        Map.of(
                                "clientId",
                                chain.client(),
                                "therapistId",
                                third,
                                "locationId",
                                chain.location(),
                                "technique",
                                "EFFLEURAGE",
                                "start",
                                "2030-12-02T12:00",
                                "roomId",
                                chain.roomA(),
                                "duration",
                                "PT45M",
                                "adjuncts",
                                List.of("CUPPING"))),
                422,
                "THERAPIST_NOT_QUALIFIED");
        assertProblem(
                call(
                        HttpMethod.POST,
                        "desk",
                        "/api/bookings",
                        session(chain.client(), third, chain.location(), "EFFLEURAGE", "2030-12-02T10:30", "PT45M")),
                409,
                "NO_ROOM_AVAILABLE");
        created(call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, client(), "2030-12-02T10:45")));
    }

    @Test
    void clientCannotBeInTwoSessionsAtOnce() {
        Chain chain = chain("Europe/Berlin");
        String other = therapist(chain.location());
        created(call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, chain.client(), "2030-12-02T10:00")));
        assertProblem(
                call(
                        HttpMethod.POST,
                        "desk",
                        "/api/bookings",
                        session(chain.client(), other, chain.location(), "EFFLEURAGE", "2030-12-02T10:30", "PT45M")),
                409,
                "CLIENT_DOUBLE_BOOKED");
        // the refused request gave back the therapist and the room it had already reserved
        created(call(
                HttpMethod.POST,
                "desk",
                "/api/bookings",
                Map.of(
                        "clientId",
                        client(),
                        "therapistId",
                        other,
                        "locationId",
                        chain.location(),
                        "technique",
                        "EFFLEURAGE",
                        "start",
                        "2030-12-02T10:30",
                        "duration",
                        "PT45M",
                        "roomId",
                        chain.roomB())));
    }

    @Test
    void localTimesFollowTheLocationsZoneAcrossDaylightSaving() {
        Chain berlin = chain("Europe/Berlin");
        assertProblem(
                call(
                        HttpMethod.POST,
                        "desk",
                        "/api/bookings",
                        bookingBody(berlin, berlin.client(), "2030-03-31T02:30")),
                422,
                "NONEXISTENT_LOCAL_TIME");
        Chain chicago = chain("America/Chicago");
        // 01:30 happens twice on 2030-11-03 in Chicago; the earlier (CDT, -05:00) is taken...
        Map<String, Object> early = created(call(
                HttpMethod.POST,
                "desk",
                "/api/bookings",
                session(
                        chicago.client(),
                        therapist(chicago.location()),
                        chicago.location(),
                        "EFFLEURAGE",
                        "2030-11-03T08:30",
                        "PT30M")));
        assertThat(early).containsEntry("start", "2030-11-03T08:30:00-06:00");
        Map<String, Object> ambiguous = created(call(
                HttpMethod.POST,
                "desk",
                "/api/bookings",
                session(
                        client(),
                        therapistAllDay(chicago.location()),
                        chicago.location(),
                        "EFFLEURAGE",
                        "2030-11-03T01:30",
                        "PT20M")));
        assertThat(ambiguous).containsEntry("start", "2030-11-03T01:30:00-05:00");
        // ...unless the request names the later offset
        Map<String, Object> later = created(call(
                HttpMethod.POST,
                "desk",
                "/api/bookings",
                session(
                        client(),
                        therapistAllDay(chicago.location()),
                        chicago.location(),
                        "EFFLEURAGE",
                        "2030-11-03T01:30:00-06:00",
                        "PT20M")));
        assertThat(later).containsEntry("start", "2030-11-03T01:30:00-06:00");
    }

    private String therapistAllDay(String locationId) {
        return therapist(locationId, List.of("EFFLEURAGE"), List.of("SUNDAY"), "00:00", "23:59");
    }

    @Test
    void outsideShiftAndDuringTimeOffAreRefused() {
        Chain chain = chain("Europe/Berlin");
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, chain.client(), "2030-12-02T19:30")),
                422,
                "OUTSIDE_SHIFT");
        created(call(
                HttpMethod.POST,
                "manager",
                "/api/therapists/" + chain.therapist() + "/time-off",
                Map.of("start", "2030-12-02T09:00:00Z", "end", "2030-12-02T12:00:00Z", "reason", "training")));
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, chain.client(), "2030-12-02T11:00")),
                409,
                "THERAPIST_ON_TIME_OFF");
    }

    @Test
    void neckWorkNeedsClearanceUnlessAManagerOverrides() {
        Chain chain = chain("Europe/Berlin");
        Map<String, Object> intake = new HashMap<>(Map.of(
                "headacheDaysPerMonth",
                18,
                "monthsWithPattern",
                6,
                "painAreas",
                List.of("SUBOCCIPITAL", "NECK"),
                "triggers",
                List.of("STRESS"),
                "contraindications",
                List.of("BLOOD_CLOTTING_DISORDER")));
        assertThat(call(HttpMethod.PUT, "desk", "/api/clients/" + chain.client() + "/intake", intake)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, chain.client(), "2030-12-02T10:00")),
                422,
                "CLEARANCE_REQUIRED");
        Map<String, Object> gentle = new HashMap<>(bookingBody(chain, chain.client(), "2030-12-02T10:00"));
        gentle.put("technique", "EFFLEURAGE");
        created(call(HttpMethod.POST, "desk", "/api/bookings", gentle));

        Map<String, Object> override = new HashMap<>(bookingBody(chain, chain.client(), "2030-12-02T12:00"));
        override.put("clearanceOverrideReason", "neurologist confirmed by phone");
        assertProblem(call(HttpMethod.POST, "desk", "/api/bookings", override), 403, "OVERRIDE_NOT_ALLOWED");
        created(call(HttpMethod.POST, "manager", "/api/bookings", override));

        created(call(
                HttpMethod.POST,
                "desk",
                "/api/clients/" + chain.client() + "/clearances",
                Map.of("clearedBy", "Dr. Weiss", "clearedOn", "2030-11-01", "expiresOn", "2031-11-01")));
        created(call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, chain.client(), "2030-12-02T14:00")));
    }

    @Test
    void lateCancellationIsRecorded() {
        Chain chain = chain("Europe/Berlin");
        // a full hour in the therapist's shift (08:00-20:00 in Berlin) one to fourteen hours ahead: always less
        // than the 24 h of free cancellation away, whatever the time of day the test runs
        java.time.LocalDateTime start = java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Berlin"))
                .plusHours(2)
                .truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        if (start.getHour() < 8) {
            start = start.withHour(8);
        } else if (start.getHour() > 19) {
            start = start.toLocalDate().plusDays(1).atTime(8, 0);
        }
        Map<String, Object> soon = created(
                call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, chain.client(), start.toString())));
        ResponseEntity<Map<String, Object>> cancelled =
                call(HttpMethod.POST, "desk", "/api/bookings/" + soon.get("id") + "/cancel", null);
        assertThat(cancelled.getBody()).containsEntry("status", "LATE_CANCELLED");
    }

    @Test
    void attendanceFollowsTheSessionsTime() {
        Chain chain = chain("Europe/Berlin");
        String id = created(call(
                        HttpMethod.POST,
                        "desk",
                        "/api/bookings",
                        bookingBody(chain, chain.client(), "2030-12-02T10:00")))
                .get("id")
                .toString();
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/bookings/" + id + "/check-in", null),
                409,
                "CHECK_IN_WINDOW_CLOSED");
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/bookings/" + id + "/complete", null),
                409,
                "INVALID_STATE_TRANSITION");
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/bookings/" + id + "/no-show", null), 409, "SESSION_NOT_STARTED");
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, client(), "2020-12-02T10:00")),
                422,
                "START_IN_PAST");
    }

    @Test
    void idempotencyKeyReplaysTheFirstResponse() {
        Chain chain = chain("Europe/Berlin");
        HttpHeaders key = new HttpHeaders();
        key.set("Idempotency-Key", "booking-42");
        Map<String, Object> body = bookingBody(chain, chain.client(), "2030-12-02T10:00");
        ResponseEntity<Map<String, Object>> first = call(HttpMethod.POST, "desk", "/api/bookings", body, key);
        HttpHeaders again = new HttpHeaders();
        again.set("Idempotency-Key", "booking-42");
        ResponseEntity<Map<String, Object>> second = call(HttpMethod.POST, "desk", "/api/bookings", body, again);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getBody()).isEqualTo(first.getBody());

        HttpHeaders reused = new HttpHeaders();
        reused.set("Idempotency-Key", "booking-42");
        assertProblem(
                call(
                        HttpMethod.POST,
                        "desk",
                        "/api/bookings",
                        bookingBody(chain, chain.client(), "2030-12-02T15:00"),
                        reused),
                422,
                "IDEMPOTENCY_KEY_REUSED");
    }

    private static Map<String, Object> withReason(Map<String, Object> body, String reason) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put("reason", reason);
        return copy;
    }
}

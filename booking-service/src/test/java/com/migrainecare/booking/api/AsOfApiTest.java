package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

class AsOfApiTest extends ApiTestSupport {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aBookingAndItsDaysAsTheyStoodAcrossAMoveAndACancellation() {
        Chain chain = chain("Europe/Berlin");
        LocalDate day = LocalDate.now(BERLIN).plusDays(9);
        LocalDate next = day.plusDays(1);
        String id = created(call(
                        HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, chain.client(), day + "T10:00")))
                .get("id")
                .toString();
        assertThat(call(
                                HttpMethod.POST,
                                "desk",
                                "/api/bookings/" + id + "/reschedule",
                                Map.of("start", next + "T09:00", "roomId", chain.roomB()))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(call(HttpMethod.POST, "desk", "/api/bookings/" + id + "/cancel", Map.of())
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);

        List<Instant> times = eventTimes(id);
        Instant booked = times.get(0);
        Instant moved = times.get(1);
        Instant cancelled = times.get(2);

        assertProblem(booking(id, booked.minusMillis(1)), 404, "BOOKING_NOT_FOUND");
        assertThat(booking(id, booked).getBody())
                .containsEntry("status", "CONFIRMED")
                .containsEntry("start", day + "T10:00:00" + offset(day))
                .containsEntry("roomId", chain.roomA())
                .containsEntry("version", 0);
        assertThat(booking(id, moved.minusMillis(1)).getBody()).containsEntry("version", 0);
        assertThat(booking(id, moved).getBody())
                .containsEntry("status", "CONFIRMED")
                .containsEntry("start", next + "T09:00:00" + offset(next))
                .containsEntry("roomId", chain.roomB())
                .containsEntry("version", 1);
        assertThat(booking(id, cancelled).getBody())
                .containsEntry("status", "CANCELLED")
                .containsEntry("start", next + "T09:00:00" + offset(next));

        String therapist = "/api/audit/therapists/" + chain.therapist() + "/day";
        assertThat(sessions(therapist, day, booked)).containsExactly(id);
        assertThat(sessions(therapist, next, booked)).isEmpty();
        assertThat(sessions(therapist, day, moved)).isEmpty();
        assertThat(sessions(therapist, next, moved)).containsExactly(id);
        assertThat(sessions(therapist, next, cancelled)).isEmpty();

        assertThat(sessions("/api/audit/rooms/" + chain.roomA() + "/day", day, booked))
                .containsExactly(id);
        assertThat(sessions("/api/audit/rooms/" + chain.roomA() + "/day", day, moved))
                .isEmpty();
        assertThat(sessions("/api/audit/rooms/" + chain.roomB() + "/day", next, moved))
                .containsExactly(id);
        assertThat(sessions("/api/audit/rooms/" + chain.roomB() + "/day", next, cancelled))
                .isEmpty();

        assertProblem(
                call(HttpMethod.GET, "desk", "/api/audit/bookings/" + id + "?asOf=" + booked, null), 403, "FORBIDDEN");
    }

    private static String offset(LocalDate date) {
        return date.atTime(10, 0).atZone(BERLIN).getOffset().getId();
    }

    @SuppressWarnings("unchecked")
    private List<Instant> eventTimes(String booking) {
        List<Instant> times = new java.util.ArrayList<>();
        eventually(() -> {
            List<Map<String, Object>> content = (List<Map<String, Object>>)
                    call(HttpMethod.GET, "manager", "/api/audit/events?bookingId=" + booking, null)
                            .getBody()
                            .get("content");
            assertThat(content).hasSize(3);
            times.clear();
            content.forEach(entry -> times.add(Instant.parse(entry.get("at").toString())));
        });
        return times;
    }

    private org.springframework.http.ResponseEntity<Map<String, Object>> booking(String id, Instant asOf) {
        return call(HttpMethod.GET, "manager", "/api/audit/bookings/" + id + "?asOf=" + asOf, null);
    }

    @SuppressWarnings("unchecked")
    private List<Object> sessions(String path, LocalDate date, Instant asOf) {
        Map<String, Object> day = call(HttpMethod.GET, "manager", path + "?date=" + date + "&asOf=" + asOf, null)
                .getBody();
        assertThat(day).as("body: %s", day).containsKey("sessions");
        return ((List<Map<String, Object>>) day.get("sessions"))
                .stream().map(session -> session.get("id")).toList();
    }
}

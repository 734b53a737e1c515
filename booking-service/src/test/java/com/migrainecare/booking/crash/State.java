package com.migrainecare.booking.crash;

import static com.migrainecare.booking.crash.ClinicSetup.SESSION;
import static com.migrainecare.booking.crash.Json.instant;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * Where a session is and whether it still stands (confirmed: holding its time): the one shape in which the API's
 * answers, the events and the requests of the load are compared.
 */
record State(String therapistId, String roomId, Instant start, Instant end, boolean standing) {

    /** From a booking as the API shows it. */
    static State of(JsonNode booking) {
        return new State(
                booking.path("therapistId").asText(),
                booking.path("roomId").asText(),
                instant(booking.path("start")),
                instant(booking.path("end")),
                "CONFIRMED".equals(booking.path("status").asText()));
    }

    /** From an event's placement. */
    static State of(JsonNode placement, boolean standing) {
        JsonNode slot = placement.path("slot");
        return new State(
                placement.path("therapistId").asText(),
                placement.path("roomId").asText(),
                Instant.parse(slot.path("start").asText()),
                Instant.parse(slot.path("end").asText()),
                standing);
    }

    State cancelled() {
        return new State(therapistId, roomId, start, end, false);
    }

    /** Whether this is the session a booking or move asked for: standing, with that therapist, at that time. */
    boolean matchesRequest(Attempt attempt) {
        return standing
                && therapistId.equals(attempt.therapistId)
                && start.equals(attempt.start)
                && end.equals(attempt.start.plus(SESSION));
    }
}

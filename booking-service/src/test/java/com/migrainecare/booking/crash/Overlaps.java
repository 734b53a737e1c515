package com.migrainecare.booking.crash;

import static com.migrainecare.booking.crash.Json.instant;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds two holds of one resource (therapist, room or client) at overlapping times: in the claims table, among the
 * standing sessions of the events, or in the bookings view. Each finding is a line naming where and what.
 */
final class Overlaps {

    /** A standing session as one of the places shows it: who and what it holds, and when. */
    record StandingSession(String id, String clientId, String therapistId, String roomId, Instant start, Instant end) {

        static StandingSession of(Session session) {
            State state = session.state();
            return new StandingSession(
                    session.id(), session.clientId(), state.therapistId(), state.roomId(), state.start(), state.end());
        }

        /** From a booking as the API shows it. */
        static StandingSession of(JsonNode booking) {
            return new StandingSession(
                    booking.path("id").asText(),
                    booking.path("clientId").asText(),
                    booking.path("therapistId").asText(),
                    booking.path("roomId").asText(),
                    instant(booking.path("start")),
                    instant(booking.path("end")));
        }

        List<String> resources() {
            return List.of("therapist:" + therapistId, "room:" + roomId, "client:" + clientId);
        }
    }

    private record Interval(String bookingId, Instant start, Instant end) {}

    private Overlaps() {}

    static List<String> inClaims(List<Truth.ClaimRow> claims) {
        Map<String, List<Interval>> claimed = new TreeMap<>();
        for (Truth.ClaimRow claim : claims) {
            claimed.computeIfAbsent(claim.resource(), key -> new ArrayList<>())
                    .add(new Interval(claim.bookingId(), claim.start(), claim.end()));
        }
        return among("claims", claimed);
    }

    static List<String> amongSessions(String where, List<StandingSession> sessions) {
        Map<String, List<Interval>> byResource = new TreeMap<>();
        for (StandingSession session : sessions) {
            Interval interval = new Interval(session.id(), session.start(), session.end());
            for (String resource : session.resources()) {
                byResource.computeIfAbsent(resource, key -> new ArrayList<>()).add(interval);
            }
        }
        return among(where, byResource);
    }

    private static List<String> among(String where, Map<String, List<Interval>> byResource) {
        List<String> overlaps = new ArrayList<>();
        byResource.forEach((resource, intervals) -> {
            for (int i = 0; i < intervals.size(); i++) {
                for (int j = i + 1; j < intervals.size(); j++) {
                    Interval a = intervals.get(i);
                    Interval b = intervals.get(j);
                    if (a.start().isBefore(b.end()) && b.start().isBefore(a.end())) {
                        overlaps.add("OVERLAP in the " + where + ": " + resource + " " + a + " and " + b);
                    }
                }
            }
        });
        return overlaps;
    }
}

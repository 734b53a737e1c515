package com.migrainecare.booking.crash;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/** A booking as its events tell it: replayed from the event store, the way the service itself would. */
record Session(
        String id,
        String clientId,
        List<String> types,
        State bookedState,
        State state,
        String status,
        long lastIndex,
        String lastAt) {

    static Session replay(String id, List<String> types, List<JsonNode> events, long lastIndex, String lastAt) {
        JsonNode first = events.get(0);
        String client = first.path("clientId").asText();
        State booked = State.of(first.path("placement"), true);
        State state = booked;
        String status = "CONFIRMED";
        for (int i = 1; i < events.size(); i++) {
            JsonNode event = events.get(i);
            switch (types.get(i)) {
                case "SessionRescheduled" -> state = State.of(event.path("placement"), true);
                case "SessionCancelled" -> {
                    state = state.cancelled();
                    status = event.path("late").asBoolean() ? "LATE_CANCELLED" : "CANCELLED";
                }
                default -> {
                    state = state.cancelled(); // checked in, completed, no-show: none is sent here
                    status = types.get(i);
                }
            }
        }
        return new Session(id, client, List.copyOf(types), booked, state, status, lastIndex, lastAt);
    }

    int events() {
        return types.size();
    }

    long lastSequence() {
        return types.size() - 1L;
    }

    /** The three resources a standing session claims. */
    Set<String> resources() {
        return Set.of("therapist:" + state.therapistId(), "room:" + state.roomId(), "client:" + clientId);
    }
}

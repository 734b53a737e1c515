package com.migrainecare.booking.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ids an event concerns, found by field name anywhere in its serialised payload (a reschedule names the
 * therapist and room it left as well as the new ones), so that events of either service and of later
 * revisions are indexed without a list of types to keep up to date.
 */
record ConcernedIds(
        List<String> locationIds,
        List<String> therapistIds,
        List<String> clientIds,
        List<String> bookingIds,
        List<String> roomIds) {

    static ConcernedIds in(JsonNode payload) {
        Map<String, Set<String>> found = Map.of(
                "locationId", new LinkedHashSet<>(),
                "therapistId", new LinkedHashSet<>(),
                "clientId", new LinkedHashSet<>(),
                "bookingId", new LinkedHashSet<>(),
                "roomId", new LinkedHashSet<>());
        collect(payload, found, false);
        return new ConcernedIds(
                List.copyOf(found.get("locationId")),
                List.copyOf(found.get("therapistId")),
                List.copyOf(found.get("clientId")),
                List.copyOf(found.get("bookingId")),
                List.copyOf(found.get("roomId")));
    }

    private static void collect(JsonNode node, Map<String, Set<String>> found, boolean inRooms) {
        if (node.isArray()) {
            node.forEach(element -> collect(element, found, inRooms));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = inRooms && field.getKey().equals("id") ? "roomId" : field.getKey();
            Set<String> ids = found.get(name);
            if (ids != null && field.getValue().isTextual()) {
                ids.add(field.getValue().asText());
            } else {
                collect(field.getValue(), found, field.getKey().equals("rooms"));
            }
        }
    }
}

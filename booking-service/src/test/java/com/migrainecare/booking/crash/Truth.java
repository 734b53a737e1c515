package com.migrainecare.booking.crash;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the store of record holds after the restart: every booking as its events tell it (by id), every claim, and
 * the global index of the last event.
 */
record Truth(Map<String, Session> sessions, List<ClaimRow> claims, long lastIndex) {

    /** A row of {@code claimed_time}: one resource held by one booking for one slot. */
    record ClaimRow(String resource, String bookingId, String locationId, Instant start, Instant end) {}

    List<Session> standingSessions() {
        return sessions.values().stream()
                .filter(session -> session.state().standing())
                .toList();
    }
}

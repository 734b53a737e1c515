package com.migrainecare.booking.crash;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One request of the load and what came of it: the record the checks hold the stores against after the restart.
 * Written by the load thread that sent it, read once all load threads have ended.
 */
final class Attempt {

    enum Kind {
        BOOK,
        RESCHEDULE,
        CANCEL
    }

    enum Outcome {
        ACKNOWLEDGED,
        REFUSED,
        SERVER_ERROR,
        CUT_OFF;

        /** Whether the service may or may not have carried the request out. */
        boolean ambiguous() {
            return this == SERVER_ERROR || this == CUT_OFF;
        }
    }

    final Kind kind;
    final Map<String, Object> body;
    final String clientId;
    final String therapistId;
    final Instant start;
    final long sentAt = System.nanoTime();
    String bookingId;
    Outcome outcome;
    int status;
    String code;
    JsonNode response;
    String failure;

    Attempt(Kind kind, String bookingId, Map<String, Object> body, String clientId, String therapistId, Instant start) {
        this.kind = kind;
        this.bookingId = bookingId;
        this.body = body;
        this.clientId = clientId;
        this.therapistId = therapistId;
        this.start = start;
    }

    String path() {
        return switch (kind) {
            case BOOK -> "/api/bookings";
            case RESCHEDULE -> "/api/bookings/" + bookingId + "/reschedule";
            case CANCEL -> "/api/bookings/" + bookingId + "/cancel";
        };
    }

    void answered(Reply reply) {
        status = reply.status();
        response = reply.body();
        code = reply.body().path("code").asText(null);
        outcome = status >= 500
                ? Outcome.SERVER_ERROR
                : status >= 400 ? Outcome.REFUSED : status >= 200 && status < 300 ? Outcome.ACKNOWLEDGED : null;
        Objects.requireNonNull(outcome, () -> "unexpected status " + status + " " + reply.body());
    }

    void cutOff(Exception cause) {
        outcome = Outcome.CUT_OFF;
        failure = cause.toString();
    }

    /** Whether {@code after} is {@code before} with this (cut-off) request carried out. */
    boolean appliedTo(State before, State after) {
        return switch (kind) {
            case RESCHEDULE -> after.matchesRequest(this);
            case CANCEL -> after.equals(before.cancelled());
            case BOOK -> false;
        };
    }

    @Override
    public String toString() {
        return kind + " " + (bookingId == null ? "" : bookingId + " ") + body + " -> " + outcome
                + (outcome == Outcome.CUT_OFF ? " (" + failure + ")" : " " + status + " " + code);
    }
}

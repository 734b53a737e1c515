package com.migrainecare.booking.crash;

import com.migrainecare.booking.crash.Attempt.Kind;
import com.migrainecare.booking.crash.Attempt.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each client was told, booking by booking, in the order it asked (a booking has one client), and the
 * bookings the crash cut off: what the store of record must agree with after the restart. Reading the request log
 * also counts its figures and notes the answers that were wrong already when given.
 */
final class Expectations {

    /** What a client was told about one booking; {@code pending} is its request the crash cut off, if any. */
    static final class Expected {
        State state;
        int events = 1;
        Attempt pending;

        Expected(State booked) {
            this.state = booked;
        }

        void acknowledged(State told) {
            state = told;
            events++;
        }
    }

    private final Map<String, Expected> byBooking = new LinkedHashMap<>();
    private final List<Attempt> cutOffBookings = new ArrayList<>();

    static Expectations of(Load load, CrashReport report) {
        Expectations expectations = new Expectations();
        load.attempts().forEach(attempt -> expectations.add(attempt, report));
        return expectations;
    }

    private void add(Attempt attempt, CrashReport report) {
        report.figures().count(attempt);
        switch (attempt.kind) {
            case BOOK -> {
                if (attempt.outcome == Outcome.ACKNOWLEDGED) {
                    State told = State.of(attempt.response);
                    if (!told.matchesRequest(attempt)) {
                        report.problem("booking " + attempt.bookingId + " was placed elsewhere than asked: "
                                + attempt.response);
                    }
                    byBooking.put(attempt.bookingId, new Expected(told));
                } else if (attempt.outcome.ambiguous()) {
                    cutOffBookings.add(attempt);
                }
            }
            case RESCHEDULE, CANCEL -> {
                Expected booking = byBooking.get(attempt.bookingId);
                if (attempt.outcome == Outcome.ACKNOWLEDGED) {
                    State told = State.of(attempt.response);
                    if (attempt.kind == Kind.RESCHEDULE && !told.matchesRequest(attempt)) {
                        report.problem("booking " + attempt.bookingId + " was moved elsewhere than asked: "
                                + attempt.response);
                    }
                    if (attempt.kind == Kind.CANCEL && told.standing()) {
                        report.problem("cancelled booking " + attempt.bookingId + " still stands: " + attempt.response);
                    }
                    booking.acknowledged(told);
                } else if (attempt.outcome.ambiguous()) {
                    booking.pending = attempt;
                }
            }
        }
    }

    /** The acknowledged bookings, each with what its client was last told. */
    Map<String, Expected> byBooking() {
        return byBooking;
    }

    Set<String> acknowledgedIds() {
        return byBooking.keySet();
    }

    /** The bookings whose request the crash cut off (or answered with a 5xx): each may or may not be there. */
    List<Attempt> cutOffBookings() {
        return List.copyOf(cutOffBookings);
    }
}

package com.migrainecare.booking.crash;

import static com.migrainecare.booking.crash.ClinicSetup.SESSION;

import com.migrainecare.booking.crash.Expectations.Expected;
import com.migrainecare.booking.crash.Overlaps.StandingSession;
import com.migrainecare.booking.crash.Truth.ClaimRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The invariants the store of record must keep across the crash, each held against what the clients were told;
 * what breaks one goes to the report as a problem.
 */
final class StoreInvariants {

    private final Truth truth;
    private final CrashReport report;

    StoreInvariants(Truth truth, CrashReport report) {
        this.truth = truth;
        this.report = report;
    }

    /** (1) Every acknowledged booking is there, where its last acknowledged request (or the one cut off) put it. */
    void acknowledgedBookingsAreWhereTheyWereLeft(Expectations expectations) {
        for (Map.Entry<String, Expected> entry : expectations.byBooking().entrySet()) {
            String id = entry.getKey();
            Expected told = entry.getValue();
            Session session = truth.sessions().get(id);
            if (session == null) {
                report.problem("LOST: booking " + id + " was acknowledged with 201 but has no events");
                continue;
            }
            if (!session.types().get(0).equals("SessionBooked")) {
                report.problem("booking " + id + " does not start with SessionBooked: " + session.types());
            }
            boolean asTold = session.state().equals(told.state) && session.events() == told.events;
            boolean asCutOff = told.pending != null
                    && told.pending.appliedTo(told.state, session.state())
                    && session.events() == told.events + 1;
            if (asCutOff && !asTold) {
                report.figures().appliedCutOffs.merge(told.pending.kind, 1, Integer::sum);
            }
            if (!asTold && !asCutOff) {
                report.problem("booking " + id + " is " + session.state() + " after " + session.events()
                        + " events " + session.types() + ", but the service acknowledged " + told.state + " after "
                        + told.events + " events"
                        + (told.pending == null ? "" : " (then cut off: " + told.pending + ")"));
            }
        }
    }

    /** (2) Every other booking in the store was cut off by the crash, and is there whole: no refusal left one. */
    void otherBookingsWereCutOffAndAreWhole(Expectations expectations) {
        Set<String> acknowledged = expectations.acknowledgedIds();
        List<Attempt> unmatched = new ArrayList<>(expectations.cutOffBookings());
        for (Session session : truth.sessions().values()) {
            if (acknowledged.contains(session.id())) {
                continue;
            }
            Attempt origin = unmatched.stream()
                    .filter(attempt -> attempt.clientId.equals(session.clientId())
                            && attempt.therapistId.equals(session.bookedState().therapistId())
                            && attempt.start.equals(session.bookedState().start())
                            && session.bookedState().end().equals(attempt.start.plus(SESSION)))
                    .findFirst()
                    .orElse(null);
            if (origin == null) {
                report.problem("TRACE: booking " + session.id() + " " + session.state()
                        + " was acknowledged to nobody and matches no request cut off by the crash");
                continue;
            }
            unmatched.remove(origin);
            report.figures().foundCutOffBookings++;
            if (session.events() != 1) {
                report.problem("cut-off booking " + session.id() + " has events nobody asked for: " + session.types());
            }
        }
        long booked = truth.sessions().values().stream()
                .filter(session -> session.types().get(0).equals("SessionBooked"))
                .count();
        int found = report.figures().foundCutOffBookings;
        if (booked != acknowledged.size() + found) {
            report.problem("SessionBooked events: " + booked + ", acknowledged bookings: " + acknowledged.size()
                    + ", cut-off bookings found: " + found);
        }
    }

    /** (3) The claims are exactly the three of each standing booking, at its slot, and nothing else. */
    void claimsAreThoseOfTheStandingBookings(String locationId) {
        Map<String, List<ClaimRow>> claimsByBooking =
                truth.claims().stream().collect(Collectors.groupingBy(ClaimRow::bookingId));
        for (ClaimRow claim : truth.claims()) {
            Session session = truth.sessions().get(claim.bookingId());
            if (session == null) {
                report.problem("ORPHAN CLAIM: " + claim + " belongs to no booking in the event store");
            } else if (!session.state().standing()) {
                report.problem("ORPHAN CLAIM: " + claim + " belongs to booking " + session.id() + " which is "
                        + session.status());
            } else if (!session.resources().contains(claim.resource())
                    || !claim.start().equals(session.state().start())
                    || !claim.end().equals(session.state().end())
                    || !claim.locationId().equals(locationId)) {
                report.problem("claim " + claim + " does not match its booking " + session.state());
            }
        }
        for (Session session : truth.standingSessions()) {
            List<ClaimRow> rows = claimsByBooking.getOrDefault(session.id(), List.of());
            Set<String> held = rows.stream().map(ClaimRow::resource).collect(Collectors.toSet());
            if (rows.size() != 3 || !held.equals(session.resources())) {
                report.problem("standing booking " + session.id() + " " + session.state() + " holds " + rows.size()
                        + " claims " + held + " instead of " + session.resources());
            }
        }
    }

    /** (4) Overlapping claims of one resource, and overlapping standing sessions in the events. */
    List<String> overlaps() {
        List<String> overlaps = new ArrayList<>(Overlaps.inClaims(truth.claims()));
        overlaps.addAll(Overlaps.amongSessions(
                "events",
                truth.standingSessions().stream().map(StandingSession::of).toList()));
        return overlaps;
    }
}

package com.migrainecare.booking.access;

import static com.migrainecare.platform.access.AccessRule.get;

import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.platform.access.AccessRequest;
import com.migrainecare.platform.access.AccessRule;
import com.migrainecare.platform.access.PathRules;
import com.migrainecare.platform.access.Scope;
import com.migrainecare.platform.access.Verdict;
import com.migrainecare.platform.security.Role;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code /api/audit/**}: admins and managers. The log is narrowed to a manager's locations by its query; a
 * booking's past is a manager's of its location (to others it does not exist); the day of a therapist or room
 * spans locations, so it is for admins and managers of every location.
 */
@Component
class AuditRules implements PathRules {

    private final Whereabouts whereabouts;

    AuditRules(Whereabouts whereabouts) {
        this.whereabouts = whereabouts;
    }

    @Override
    public List<AccessRule> rules() {
        AccessRule.Check auditors = (scope, request) -> Verdict.allowIf(auditor(scope));
        AccessRule.Check wholeChain = (scope, request) -> Verdict.allowIf(auditor(scope) && scope.seesEveryLocation());
        return List.of(
                get("/api/audit/events", auditors),
                get("/api/audit/events.csv", auditors),
                get("/api/audit/verify", auditors),
                get("/api/audit/bookings/{id}", this::bookingPast),
                get("/api/audit/therapists/{id}/day", wholeChain),
                get("/api/audit/rooms/{id}/day", wholeChain));
    }

    private Verdict bookingPast(Scope scope, AccessRequest request) {
        if (!auditor(scope)) {
            return Verdict.FORBID;
        }
        String id = request.variable("id");
        if (scope.seesEveryLocation()
                || Whereabouts.malformed(id, BookingId::new)
                || whereabouts
                        .booking(id)
                        .filter(place -> scope.manages(place.locationId()))
                        .isPresent()) {
            return Verdict.ALLOW;
        }
        return Verdict.hidden("BOOKING_NOT_FOUND", "no such booking: " + id);
    }

    private static boolean auditor(Scope scope) {
        return scope.isAdmin() || scope.has(Role.MANAGER);
    }
}

package com.migrainecare.booking.access;

import static com.migrainecare.platform.access.AccessRule.get;
import static com.migrainecare.platform.access.AccessRule.post;

import com.migrainecare.booking.access.Whereabouts.Place;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.SeriesId;
import com.migrainecare.platform.access.AccessRequest;
import com.migrainecare.platform.access.AccessRule;
import com.migrainecare.platform.access.PathRules;
import com.migrainecare.platform.access.Scope;
import com.migrainecare.platform.access.Verdict;
import com.migrainecare.platform.security.Role;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * {@code /api/bookings/**} and {@code /api/series/**}: staff book, move and cancel at their locations, a client
 * their own sessions, a therapist checks in, completes or records a no-show of their own. Reading a session is for
 * those and its therapist; to anybody else it does not exist. The list is narrowed by the controller's query.
 */
@Component
class BookingRules implements PathRules {

    private static final String BOOKING_NOT_FOUND = "BOOKING_NOT_FOUND";
    private static final String SERIES_NOT_FOUND = "SERIES_NOT_FOUND";

    /** Moved or cancelled by the staff of its location or its client. */
    private static final BiPredicate<Scope, Place> BOOKED_BY =
            (scope, place) -> scope.worksAt(place.locationId()) || scope.isClient(place.clientId());

    /** Checked in, completed or marked a no-show by the staff of its location or its therapist. */
    private static final BiPredicate<Scope, Place> TREATED_BY =
            (scope, place) -> scope.worksAt(place.locationId()) || scope.isTherapist(place.therapistId());

    private final Whereabouts whereabouts;

    BookingRules(Whereabouts whereabouts) {
        this.whereabouts = whereabouts;
    }

    @Override
    public List<AccessRule> rules() {
        Kind booking = new Kind(BookingId::new, whereabouts::booking, BOOKING_NOT_FOUND, "no such booking: ");
        Kind series = new Kind(SeriesId::new, whereabouts::series, SERIES_NOT_FOUND, "no such resource: ");
        return List.of(
                post("/api/bookings", BookingRules::bookAt),
                get("/api/bookings", AccessRule.anyone()),
                get("/api/bookings/{id}", (scope, request) -> read(booking, scope, request)),
                get("/api/bookings/{id}/history", (scope, request) -> read(booking, scope, request)),
                post("/api/bookings/{id}/reschedule", (scope, request) -> move(booking, scope, request)),
                post("/api/bookings/{id}/cancel", (scope, request) -> change(booking, scope, request, BOOKED_BY)),
                post("/api/bookings/{id}/check-in", (scope, request) -> change(booking, scope, request, TREATED_BY)),
                post("/api/bookings/{id}/complete", (scope, request) -> change(booking, scope, request, TREATED_BY)),
                post("/api/bookings/{id}/no-show", (scope, request) -> change(booking, scope, request, TREATED_BY)),
                post("/api/series", BookingRules::bookAt),
                get("/api/series/{id}", (scope, request) -> read(series, scope, request)),
                post("/api/series/{id}/reschedule", (scope, request) -> change(series, scope, request, BOOKED_BY)),
                post("/api/series/{id}/cancel", (scope, request) -> change(series, scope, request, BOOKED_BY)));
    }

    /** A session or a series: how its id is read, where it is, and how an unknown one is answered. */
    private record Kind(
            Function<String, ?> parse, Function<String, Optional<Place>> lookup, String notFound, String detail) {}

    /** A new session or series: staff at the body's location, or the client for themselves. */
    static Verdict bookAt(Scope scope, AccessRequest request) {
        return Verdict.allowIf(
                scope.worksAt(request.bodyField("locationId")) || scope.isClient(request.bodyField("clientId")));
    }

    /** Seen by the staff of its location, its client and its therapist; to anybody else it does not exist. */
    private static Verdict read(Kind kind, Scope scope, AccessRequest request) {
        String id = request.variable("id");
        if (scope.seesEveryLocation() || Whereabouts.malformed(id, kind.parse())) {
            return Verdict.ALLOW;
        }
        return kind.lookup().apply(id).filter(place -> sees(scope, place)).isPresent()
                ? Verdict.ALLOW
                : Verdict.hidden(kind.notFound(), kind.detail() + id);
    }

    /** Moving: as cancelling, and staff must also work at the location it moves to. */
    private static Verdict move(Kind kind, Scope scope, AccessRequest request) {
        String target = request.bodyField("locationId");
        if (target != null && !scope.worksAt(target) && !scope.has(Role.CLIENT)) {
            return Verdict.FORBID;
        }
        return change(kind, scope, request, BOOKED_BY);
    }

    /**
     * A write outside the scope is 403, and so is one naming nothing the caller could change: the answer does not
     * tell whether the id exists. Staff of every location (let through before any lookup) learn of an unknown id
     * from the command (404).
     */
    private static Verdict change(Kind kind, Scope scope, AccessRequest request, BiPredicate<Scope, Place> mayChange) {
        String id = request.variable("id");
        if (scope.seesEveryLocation() || Whereabouts.malformed(id, kind.parse())) {
            return Verdict.ALLOW;
        }
        return Verdict.allowIf(kind.lookup()
                .apply(id)
                .filter(place -> mayChange.test(scope, place))
                .isPresent());
    }

    static boolean sees(Scope scope, Place place) {
        return scope.worksAt(place.locationId())
                || scope.isClient(place.clientId())
                || scope.isTherapist(place.therapistId());
    }
}

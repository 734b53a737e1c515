package com.migrainecare.booking.access;

import com.migrainecare.booking.booking.BookingQueries.ClientPlaces;
import com.migrainecare.platform.access.Scope;
import com.migrainecare.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who reaches a client's record (profile, intake, clearances, care plan, diary): admins and staff of every
 * location; the client; staff of a location the client has been booked at, or of any location while the client
 * has never been booked (being registered at a desk); for reading, the therapists of the client's sessions.
 */
@Component
class ClientReach {

    private final Whereabouts whereabouts;

    ClientReach(Whereabouts whereabouts) {
        this.whereabouts = whereabouts;
    }

    /** May read the client's record, intake included. */
    boolean canRead(Scope scope, String clientId) {
        if (scope.seesEveryLocation() || scope.isClient(clientId)) {
            return true;
        }
        ClientPlaces places = whereabouts.client(clientId);
        return staffReaches(scope, places)
                || (scope.has(Role.THERAPIST)
                        && places.therapistIds().contains(scope.links().therapistId()));
    }

    /** May change the client's record as staff: intake, clearances, plans. */
    boolean staffMayWrite(Scope scope, String clientId) {
        return scope.seesEveryLocation() || staffReaches(scope, whereabouts.client(clientId));
    }

    private static boolean staffReaches(Scope scope, ClientPlaces places) {
        if (!scope.isStaff()) {
            return false;
        }
        return !places.booked() || places.locationIds().stream().anyMatch(scope::worksAt);
    }
}

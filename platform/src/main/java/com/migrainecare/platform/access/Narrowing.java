package com.migrainecare.platform.access;

import com.migrainecare.platform.security.Role;
import java.util.Set;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * What of a list a caller may see, as a query restriction that every list applies on top of its own filters, so
 * that a filter naming somebody else's data finds nothing: admins and staff of every location see everything,
 * staff of some locations the records of those locations, a therapist their own sessions, a client their own.
 * Exactly one of the fields restricts; {@code nothing} sees nothing.
 */
public record Narrowing(boolean everything, Set<String> locationIds, String therapistId, String clientId) {

    public static final Narrowing EVERYTHING = new Narrowing(true, Set.of(), null, null);
    public static final Narrowing NOTHING = new Narrowing(false, Set.of(), null, null);

    public Narrowing {
        locationIds = Set.copyOf(locationIds);
    }

    /** The one definition of what a scope sees in a list. */
    public static Narrowing of(Scope scope) {
        if (scope.seesEveryLocation()) {
            return EVERYTHING;
        }
        if (scope.isStaff()) {
            return new Narrowing(false, scope.locations(), null, null);
        }
        if (scope.has(Role.THERAPIST) && scope.links().therapistId() != null) {
            return new Narrowing(false, Set.of(), scope.links().therapistId(), null);
        }
        if (scope.has(Role.CLIENT) && scope.links().clientId() != null) {
            return new Narrowing(false, Set.of(), null, scope.links().clientId());
        }
        return NOTHING;
    }

    /** The restriction on documents with single-valued {@code locationId}, {@code therapistId}, {@code clientId}. */
    public Criteria criteria() {
        return criteria("locationId", "therapistId", "clientId");
    }

    /** The restriction on documents whose fields have these names (an array field matches any of its values). */
    public Criteria criteria(String locationField, String therapistField, String clientField) {
        if (everything) {
            return new Criteria();
        }
        if (therapistId != null) {
            return Criteria.where(therapistField).is(therapistId);
        }
        if (clientId != null) {
            return Criteria.where(clientField).is(clientId);
        }
        return Criteria.where(locationField).in(locationIds);
    }
}

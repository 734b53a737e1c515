package com.migrainecare.platform.access;

import com.migrainecare.platform.security.Role;
import com.migrainecare.platform.security.UserLinks;
import java.util.Set;

/**
 * What the caller stands for: their roles, the locations they work for, and the therapist and client they are.
 * The questions a rule asks are named here, so that every rule asks them the same way.
 */
public record Scope(String username, Set<Role> roles, UserLinks links) {

    public Scope {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** Staff who work for every location: admins, and managers or front desks linked to all locations. */
    public boolean seesEveryLocation() {
        return isAdmin() || (isStaff() && links.allLocations());
    }

    /** A manager or front desk (or admin) working for {@code locationId}. */
    public boolean worksAt(String locationId) {
        return seesEveryLocation()
                || (isStaff() && locationId != null && links.locationIds().contains(locationId));
    }

    /** A manager (or admin) of {@code locationId}. */
    public boolean manages(String locationId) {
        return isAdmin()
                || (has(Role.MANAGER)
                        && (links.allLocations()
                                || (locationId != null && links.locationIds().contains(locationId))));
    }

    public boolean isStaff() {
        return isAdmin() || has(Role.MANAGER) || has(Role.FRONT_DESK);
    }

    /** The caller is this client. */
    public boolean isClient(String clientId) {
        return has(Role.CLIENT) && clientId != null && clientId.equals(links.clientId());
    }

    /** The caller is this therapist. */
    public boolean isTherapist(String therapistId) {
        return has(Role.THERAPIST) && therapistId != null && therapistId.equals(links.therapistId());
    }

    /** The locations a location-bound staff member works for (empty for every other caller). */
    public Set<String> locations() {
        return isStaff() ? links.locationIds() : Set.of();
    }
}

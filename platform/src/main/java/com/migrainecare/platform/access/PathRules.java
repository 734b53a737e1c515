package com.migrainecare.platform.access;

import java.util.List;

/**
 * The rules of one path family ({@code /api/bookings/**}, {@code /api/audit/**}, ...); a service declares one
 * bean per family, and {@link AccessGate} applies them all. An {@code /api} endpoint that no rule names is for
 * admins only.
 */
public interface PathRules {

    List<AccessRule> rules();
}

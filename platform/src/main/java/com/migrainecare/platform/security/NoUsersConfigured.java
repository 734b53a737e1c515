package com.migrainecare.platform.security;

/**
 * A service with nobody who could log in, and no shared token secret to accept the tokens of its sibling
 * service: every call would be refused, so it does not start.
 */
final class NoUsersConfigured extends IllegalStateException {

    static final String SETTINGS = "CLINIC_SECURITY_USERS_0_USERNAME, CLINIC_SECURITY_USERS_0_PASSWORD (encoded, as"
            + " {bcrypt}...) and CLINIC_SECURITY_USERS_0_ROLES_0 (then _1_, _2_ ... for more users)";

    NoUsersConfigured() {
        super("No users are configured (clinic.security.users), so nobody could call this service. Set "
                + SETTINGS + "; or start with the demo profile for the demo data set; or set"
                + " CLINIC_SECURITY_TOKEN_SECRET to accept the tokens of a service that has the users.");
    }
}

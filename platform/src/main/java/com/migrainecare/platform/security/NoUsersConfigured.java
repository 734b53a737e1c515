package com.migrainecare.platform.security;

/**
 * A service with nobody who could log in: no users, no identity provider whose tokens it accepts and no shared
 * token secret to accept the tokens of its sibling service. Every call would be refused, so it does not start.
 */
final class NoUsersConfigured extends IllegalStateException {

    static final String SETTINGS = "CLINIC_SECURITY_USERS_0_USERNAME, CLINIC_SECURITY_USERS_0_PASSWORD (encoded, as"
            + " {bcrypt}...) and CLINIC_SECURITY_USERS_0_ROLES_0 (then _1_, _2_ ... for more users)";

    static final String ISSUER = "CLINIC_SECURITY_OIDC_ISSUER_URI (the chain's OpenID Connect identity provider, whose"
            + " tokens then carry the roles and locations)";

    NoUsersConfigured() {
        super("No users are configured (clinic.security.users) and no identity provider"
                + " (clinic.security.oidc.issuer-uri), so nobody could call this service. Set " + SETTINGS + "; or set "
                + ISSUER + "; or start with the demo profile for the demo data set; or set"
                + " CLINIC_SECURITY_TOKEN_SECRET to accept the tokens of a service that has the users.");
    }
}

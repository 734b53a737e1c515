package com.migrainecare.platform.security;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A chain's own identity provider (OpenID Connect): the issuer whose RS256 or ES256 tokens both services accept
 * besides their own, where its keys are ({@code jwkSetUri}; blank: found through the issuer's
 * {@code /.well-known/openid-configuration} at the first token), the audience a token must name (blank: not
 * checked), and which claims carry the login's name, roles and links. A claim name may be a dotted path into a
 * nested claim, such as Keycloak's {@code realm_access.roles}.
 */
@ConfigurationProperties("clinic.security.oidc")
public record IdentityProviderProperties(String issuerUri, String jwkSetUri, String audience, Claims claims) {

    public IdentityProviderProperties {
        claims = claims == null ? Claims.DEFAULT : claims;
        if (isSet(issuerUri)) {
            requireHttp("clinic.security.oidc.issuer-uri", issuerUri);
        }
        if (isSet(jwkSetUri)) {
            requireHttp("clinic.security.oidc.jwk-set-uri", jwkSetUri);
        }
        if (!isSet(issuerUri) && (isSet(jwkSetUri) || isSet(audience))) {
            throw new IllegalArgumentException(
                    "clinic.security.oidc: a jwk-set-uri or audience without an issuer-uri accepts nothing; set the"
                            + " issuer-uri of the identity provider");
        }
    }

    public static IdentityProviderProperties none() {
        return new IdentityProviderProperties(null, null, null, null);
    }

    /** Whether an identity provider is configured at all. */
    public boolean enabled() {
        return isSet(issuerUri);
    }

    public boolean hasJwkSetUri() {
        return isSet(jwkSetUri);
    }

    public boolean hasAudience() {
        return isSet(audience);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static void requireHttp(String setting, String value) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException malformed) {
            throw new IllegalArgumentException(setting + " is not a URI: " + value, malformed);
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException(setting + " must be an http(s) URL: " + value);
        }
    }

    /** The names of the claims read from an identity provider's token; blank ones take the defaults. */
    public record Claims(
            String username,
            String roles,
            String locationIds,
            String allLocations,
            String therapistId,
            String clientId) {

        public static final Claims DEFAULT = new Claims(null, null, null, null, null, null);

        public Claims {
            username = orDefault(username, "sub");
            roles = orDefault(roles, AccessTokens.ROLES);
            locationIds = orDefault(locationIds, UserLinks.LOCATION_IDS);
            allLocations = orDefault(allLocations, UserLinks.ALL_LOCATIONS);
            therapistId = orDefault(therapistId, UserLinks.THERAPIST_ID);
            clientId = orDefault(clientId, UserLinks.CLIENT_ID);
        }

        private static String orDefault(String name, String fallback) {
            return name == null || name.isBlank() ? fallback : name.trim();
        }
    }
}

package com.migrainecare.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.migrainecare.platform.access.Scope;
import com.migrainecare.platform.access.Scopes;
import com.migrainecare.platform.testing.IdentityProviderStub;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtException;

/** The identity provider's tokens beside the clinic's own: which are accepted, and what they map to. */
class BearerTokensTest {

    private static final Duration SKEW = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final IdentityProviderStub idp = IdentityProviderStub.start();
    private final AccessTokens own = new AccessTokens(
            TokenSigningKey.of("s".repeat(TokenSigningKey.MIN_SECRET_BYTES)), Duration.ofMinutes(15), SKEW, clock);
    private final Scopes scopes = new Scopes(ClinicUsersProperties.of(List.of()));

    @AfterEach
    void stop() {
        idp.close();
    }

    @Test
    void aProviderTokenMapsOntoTheClinicsRolesAndLinks() {
        BearerTokens tokens = tokens(configured(null, IdentityProviderProperties.Claims.DEFAULT));
        String token =
                idp.token(clock, "u-17", List.of("FRONT_DESK", "night-shift"), Map.of("locationIds", List.of("loc-x")));

        Scope scope = scope(tokens, token);

        assertThat(scope.username()).isEqualTo("u-17");
        assertThat(scope.roles()).containsExactly(Role.FRONT_DESK);
        assertThat(scope.worksAt("loc-x")).isTrue();
        assertThat(scope.worksAt("loc-y")).isFalse();
    }

    @Test
    void anEs256TokenOfTheProviderIsAcceptedToo() {
        BearerTokens tokens = tokens(configured(null, IdentityProviderProperties.Claims.DEFAULT));
        String token = idp.signEs256(idp.claims("u-20", clock)
                .claim("roles", List.of("MANAGER"))
                .claim("allLocations", true)
                .build());

        Scope scope = scope(tokens, token);

        assertThat(scope.manages("any-location")).isTrue();
        assertThat(scope.username()).isEqualTo("u-20");
    }

    @Test
    void claimNamesComeFromConfigurationNestedOrNamespaced() {
        IdentityProviderProperties.Claims names = new IdentityProviderProperties.Claims(
                "preferred_username", "realm_access.roles", "https://clinic.example/locations", "every", "tid", "cid");
        BearerTokens tokens = tokens(configured(null, names));
        String token = idp.token(clock, "u-18", claims -> claims.claim("preferred_username", "maria")
                .claim("realm_access", Map.of("roles", List.of("manager", "THERAPIST", "offline_access")))
                .claim("https://clinic.example/locations", "loc-a loc-b")
                .claim("every", "true")
                .claim("tid", "therapist-9")
                .claim("cid", "client-3"));

        Scope scope = scope(tokens, token);

        assertThat(scope.username()).isEqualTo("maria");
        assertThat(scope.roles()).containsExactlyInAnyOrder(Role.MANAGER, Role.THERAPIST);
        assertThat(scope.links()).isEqualTo(new UserLinks(true, Set.of("loc-a", "loc-b"), "therapist-9", "client-3"));
    }

    @Test
    void aTokenWithoutAKnownRoleIsAuthenticButStandsForNobody() {
        BearerTokens tokens = tokens(configured(null, IdentityProviderProperties.Claims.DEFAULT));

        AbstractAuthenticationToken login = tokens.authenticationConverter()
                .convert(tokens.decoder().decode(idp.token(clock, "u-19", List.of("auditor"), Map.of())));

        assertThat(login).isInstanceOfSatisfying(IdentityProviderLogin.class, l -> assertThat(l.hasNoRole())
                .isTrue());
    }

    @Test
    void theClinicsOwnTokensAreStillAccepted() {
        BearerTokens tokens = tokens(configured(null, IdentityProviderProperties.Claims.DEFAULT));
        String token = own.issue("desk", List.of(Role.FRONT_DESK), new UserLinks(false, List.of("loc-x"), null, null))
                .value();

        Scope scope = scope(tokens, token);

        assertThat(scope.roles()).containsExactly(Role.FRONT_DESK);
        assertThat(scope.worksAt("loc-x")).isTrue();
    }

    @Test
    void providerTokensAreRefusedWhenNoProviderIsConfigured() {
        BearerTokens tokens = tokens(IdentityProviderProperties.none());

        assertRefused(tokens, idp.token(clock, "u-1", List.of("ADMIN"), Map.of()), "not issued by this clinic");
    }

    @Test
    void anotherIssuerAnExpiredTokenAForgedOneAndAnotherAudienceAreRefused() {
        BearerTokens tokens = tokens(configured(null, IdentityProviderProperties.Claims.DEFAULT));
        JWTClaimsSet good =
                idp.claims("u-2", clock).claim("roles", List.of("ADMIN")).build();

        assertRefused(
                tokens,
                idp.sign(new JWTClaimsSet.Builder(good)
                        .issuer("https://elsewhere.example")
                        .build()),
                "not issued by this clinic");
        assertRefused(tokens, idp.forge(good), "Invalid signature");
        assertRefused(
                tokens,
                idp.sign(new JWTClaimsSet.Builder(good).audience("another-api").build()),
                "not meant for this clinic");
        assertRefused(
                tokens,
                idp.sign(new JWTClaimsSet.Builder(good).expirationTime(null).build()),
                "no expiry");
        clock.advance(Duration.ofMinutes(5).plus(SKEW).plusSeconds(1));
        assertRefused(tokens, idp.sign(good), "expired");
    }

    @Test
    void theClockSkewIsAllowedAtBothEnds() {
        BearerTokens tokens = tokens(configured(null, IdentityProviderProperties.Claims.DEFAULT));
        JWTClaimsSet good =
                idp.claims("u-3", clock).claim("roles", List.of("ADMIN")).build();
        JWTClaimsSet early = new JWTClaimsSet.Builder(good)
                .notBeforeTime(Date.from(clock.instant().plus(SKEW).plusSeconds(1)))
                .build();

        assertRefused(tokens, idp.sign(early), "not valid before");
        clock.advance(Duration.ofMinutes(5).plus(SKEW));
        assertThat(tokens.decoder().decode(idp.sign(good)).getSubject()).isEqualTo("u-3");
    }

    @Test
    void anHmacSignedTokenClaimingTheProvidersIssuerIsRefused() throws JOSEException {
        BearerTokens tokens = tokens(configured(null, IdentityProviderProperties.Claims.DEFAULT));
        SignedJWT hmac = new SignedJWT(
                new JWSHeader(JWSAlgorithm.HS256),
                idp.claims("u-6", clock).claim("roles", List.of("ADMIN")).build());
        hmac.sign(new MACSigner("s".repeat(TokenSigningKey.MIN_SECRET_BYTES)));

        assertRefused(tokens, hmac.serialize(), "Signed JWT rejected");
    }

    @Test
    void withoutAJwkSetUriTheKeysAreFoundThroughTheIssuersDiscoveryAtTheFirstToken() {
        BearerTokens tokens = tokens(new IdentityProviderProperties(idp.issuer(), null, null, null));
        assertThat(idp.keyRequests()).isZero();

        assertThat(tokens.decoder()
                        .decode(idp.token(clock, "u-4", List.of("ADMIN"), Map.of()))
                        .getSubject())
                .isEqualTo("u-4");
        assertThat(idp.keyRequests()).isEqualTo(1);
    }

    @Test
    void aProviderOutOfReachIsNotTheTokensFault() {
        BearerTokens tokens = tokens(configured(null, IdentityProviderProperties.Claims.DEFAULT));
        String token = idp.token(clock, "u-5", List.of("ADMIN"), Map.of());
        idp.close();

        assertThatThrownBy(() -> tokens.decoder().decode(token))
                .isInstanceOf(JwtException.class)
                .isNotInstanceOf(BadJwtException.class);
    }

    @Test
    void settingsWithoutAnIssuerAreRefused() {
        assertThatThrownBy(() -> new IdentityProviderProperties(null, idp.jwkSetUri(), null, null))
                .hasMessageContaining("issuer-uri");
        assertThatThrownBy(() -> new IdentityProviderProperties("login.example.org", null, null, null))
                .hasMessageContaining("http(s) URL");
    }

    private IdentityProviderProperties configured(String audience, IdentityProviderProperties.Claims names) {
        return new IdentityProviderProperties(
                idp.issuer(), idp.jwkSetUri(), audience == null ? IdentityProviderStub.AUDIENCE : audience, names);
    }

    private BearerTokens tokens(IdentityProviderProperties properties) {
        return new BearerTokens(own, properties, SKEW, clock);
    }

    private Scope scope(BearerTokens tokens, String token) {
        return scopes.of(
                tokens.authenticationConverter().convert(tokens.decoder().decode(token)));
    }

    private static void assertRefused(BearerTokens tokens, String token, String because) {
        assertThatThrownBy(() -> tokens.decoder().decode(token))
                .isInstanceOf(BadJwtException.class)
                .hasMessageContaining(because);
    }
}

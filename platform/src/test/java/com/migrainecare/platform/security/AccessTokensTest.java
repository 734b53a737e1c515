package com.migrainecare.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

class AccessTokensTest {

    private static final TokenSigningKey KEY = TokenSigningKey.of("the-secret-both-services-are-given-here");
    private static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final Duration SKEW = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final AccessTokens tokens = new AccessTokens(KEY, LIFETIME, SKEW, clock);

    @Test
    void aTokenCarriesTheNameAndExactlyTheRolesOfTheBasicLogin() {
        var basic = UsernamePasswordAuthenticationToken.authenticated(
                "frontdesk", null, AuthorityUtils.createAuthorityList("ROLE_FRONT_DESK", "ROLE_MANAGER"));

        AccessTokens.IssuedToken token = tokens.issue(basic, UserLinks.NONE);
        Jwt jwt = tokens.decoder().decode(token.value());
        AbstractAuthenticationToken bearer =
                AccessTokens.authenticationConverter().convert(jwt);

        assertThat(bearer.getName()).isEqualTo("frontdesk");
        assertThat(names(bearer.getAuthorities())).containsExactlyInAnyOrderElementsOf(names(basic.getAuthorities()));
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("FRONT_DESK", "MANAGER");
        assertThat(jwt.getClaimAsString("iss")).isEqualTo(AccessTokens.ISSUER);
        assertThat(token.expiresAt()).isEqualTo(Instant.parse("2026-12-01T09:15:00Z"));
        assertThat(token.lifetime()).isEqualTo(LIFETIME);
    }

    @Test
    void authoritiesThatAreNoRoleStayOutOfTheToken() {
        var basic = UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN", "SCOPE_x", "ROLE_NOBODY"));

        Jwt jwt = tokens.decoder().decode(tokens.issue(basic, UserLinks.NONE).value());

        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("ADMIN");
    }

    @Test
    void anExpiredTokenIsRefusedOnceTheClockSkewIsUsedUp() {
        String token = tokens.issue("admin", List.of(Role.ADMIN)).value();

        clock.advance(LIFETIME.plus(SKEW));
        assertThat(tokens.decoder().decode(token).getSubject()).isEqualTo("admin");

        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> tokens.decoder().decode(token))
                .isInstanceOf(JwtValidationException.class)
                .satisfies(e -> assertThat(((JwtValidationException) e).getErrors())
                        .extracting(error -> error.getDescription())
                        .containsExactly("the token expired at 2026-12-01T09:15:00Z"));
    }

    @Test
    void aTokenFromTheFutureIsRefused() {
        MutableClock ahead = new MutableClock(clock.instant().plus(Duration.ofMinutes(5)));
        String token = new AccessTokens(KEY, LIFETIME, SKEW, ahead)
                .issue("admin", List.of(Role.ADMIN))
                .value();

        assertThatThrownBy(() -> tokens.decoder().decode(token)).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void aTokenWithChangedClaimsIsRefused() {
        String[] parts = tokens.issue("client", List.of(Role.CLIENT)).value().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String promoted = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.replace("CLIENT", "ADMIN").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> tokens.decoder().decode(parts[0] + "." + promoted + "." + parts[2]))
                .isInstanceOf(BadJwtException.class);
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        AccessTokens elsewhere =
                new AccessTokens(TokenSigningKey.of("some-other-secret-that-is-long-enough!!"), LIFETIME, SKEW, clock);

        String token = elsewhere.issue("admin", List.of(Role.ADMIN)).value();

        assertThatThrownBy(() -> tokens.decoder().decode(token)).isInstanceOf(BadJwtException.class);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String claims = base64(
                "{\"iss\":\"migrainecare-clinic\",\"sub\":\"admin\",\"roles\":[\"ADMIN\"]," + "\"exp\":4102444800}");

        assertThatThrownBy(() -> tokens.decoder().decode(header + "." + claims + "."))
                .isInstanceOf(BadJwtException.class);
    }

    @Test
    void aWellSignedTokenOfAnotherIssuerIsRefused() {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer("someone-else")
                .subject("admin")
                .expiresAt(clock.instant().plus(LIFETIME))
                .claim("roles", List.of("ADMIN"))
                .build();
        String token = new NimbusJwtEncoder(new ImmutableSecret<>(KEY.secretKey()))
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();

        assertThatThrownBy(() -> tokens.decoder().decode(token))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("not issued by this clinic");
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(AccessTokens.ISSUER)
                .subject("admin")
                .claim("roles", List.of("ADMIN"))
                .build();
        String token = new NimbusJwtEncoder(new ImmutableSecret<>(KEY.secretKey()))
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();

        assertThatThrownBy(() -> tokens.decoder().decode(token))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("no expiry");
    }

    @Test
    void garbageIsABadTokenNotAServerError() {
        for (String garbage : List.of("not-a-token", "a.b.c", "e30.e30.", "....", "eyJhbGciOiJIUzI1NiJ9.x.y")) {
            assertThatThrownBy(() -> tokens.decoder().decode(garbage))
                    .as(garbage)
                    .isInstanceOf(BadJwtException.class);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> names(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).toList();
    }
}

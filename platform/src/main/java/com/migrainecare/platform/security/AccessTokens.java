package com.migrainecare.platform.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * Short-lived bearer tokens (HS256 JWTs) for users who have logged in with HTTP Basic, so that later requests
 * cost a signature check instead of a password hash. A token names the user ({@code sub}) and their roles
 * ({@code roles}, as {@link Role} names) and their {@link UserLinks}; a request that carries it gets exactly the authorities a Basic login of
 * that user gets.
 */
public final class AccessTokens {

    /** Both services issue and accept tokens under this name; a token from elsewhere is refused. */
    public static final String ISSUER = "migrainecare-clinic";

    static final String ROLES = "roles";
    private static final String ROLE_PREFIX = "ROLE_";
    private static final Set<String> ROLE_NAMES =
            Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toUnmodifiableSet());

    private final JwtEncoder encoder;
    private final JwtDecoder decoder;
    private final Duration lifetime;
    private final Clock clock;

    public AccessTokens(TokenSigningKey key, Duration lifetime, Duration clockSkew, Clock clock) {
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key.secretKey()));
        this.decoder = decoder(key, clockSkew, clock);
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** A token for the user behind {@code authentication}, carrying the roles and links they have now. */
    public IssuedToken issue(Authentication authentication, UserLinks links) {
        return issue(authentication.getName(), rolesOf(authentication.getAuthorities()), links);
    }

    public IssuedToken issue(String username, Collection<Role> roles) {
        return issue(username, roles, UserLinks.NONE);
    }

    public IssuedToken issue(String username, Collection<Role> roles, UserLinks links) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(lifetime);
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(username)
                .issuedAt(now)
                .expiresAt(expiresAt)
                .claim(ROLES, roles.stream().map(Role::name).distinct().toList())
                .claims(all -> all.putAll(links.claims()))
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).type("JWT").build();
        Jwt jwt = encoder.encode(JwtEncoderParameters.from(header, claims));
        return new IssuedToken(jwt.getTokenValue(), expiresAt, Duration.between(now, expiresAt));
    }

    /** Checks signature, issuer, subject and lifetime; every failure is the token's fault, never the server's. */
    public JwtDecoder decoder() {
        return decoder;
    }

    /** Reads a checked token the way a Basic login reads a user: name from {@code sub}, {@code ROLE_} authorities. */
    public static Converter<Jwt, AbstractAuthenticationToken> authenticationConverter() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(ROLES);
        authorities.setAuthorityPrefix(ROLE_PREFIX);
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        converter.setPrincipalClaimName(JwtClaimNames.SUB);
        return converter;
    }

    private static List<Role> rolesOf(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .filter(ROLE_NAMES::contains)
                .map(Role::valueOf)
                .toList();
    }

    private static JwtDecoder decoder(TokenSigningKey key, Duration clockSkew, Clock clock) {
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withSecretKey(key.secretKey())
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        nimbus.setJwtValidator(new TokenValidity(ISSUER, null, clockSkew, clock));
        // with the key at hand there is no remote failure a decoder could report: whatever fails is a bad token
        return token -> {
            try {
                return nimbus.decode(token);
            } catch (BadJwtException bad) {
                throw bad;
            } catch (JwtException | IllegalArgumentException e) {
                throw new BadJwtException("the token cannot be read", e);
            }
        };
    }

    /** A signed token, when it stops being accepted, and how long that is from its issue. */
    public record IssuedToken(String value, Instant expiresAt, Duration lifetime) {

        @Override
        public String toString() {
            return "IssuedToken[expiresAt=" + expiresAt + "]";
        }
    }
}

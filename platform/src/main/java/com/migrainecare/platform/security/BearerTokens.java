package com.migrainecare.platform.security;

import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestTemplate;

/**
 * The bearer tokens a service accepts: its own HS256 tokens ({@link AccessTokens}) and, when one is configured, the
 * RS256 or ES256 tokens of the chain's identity provider, checked against the provider's JWK set. The issuer a
 * token claims picks the one check it must pass; a token of any other issuer is refused before any key is looked
 * at. A provider's token becomes an {@link IdentityProviderLogin} whose roles and links come from the configured
 * claims, so every access rule reads it as it reads a login of the clinic's own.
 */
public final class BearerTokens {

    /** How long a request may wait for the identity provider's keys before it is answered 503. */
    static final Duration PROVIDER_TIMEOUT = Duration.ofSeconds(5);

    private final JwtDecoder own;
    private final JwtDecoder provider;
    private final String providerIssuer;
    private final IdentityProviderClaims claims;

    BearerTokens(AccessTokens own, IdentityProviderProperties idp, Duration clockSkew, Clock clock) {
        this.own = own.decoder();
        this.providerIssuer = idp.enabled() ? idp.issuerUri() : null;
        this.provider = idp.enabled() ? providerDecoder(idp, clockSkew, clock) : null;
        this.claims = new IdentityProviderClaims(idp.claims());
    }

    public JwtDecoder decoder() {
        return token -> {
            String issuer = issuerOf(token);
            if (AccessTokens.ISSUER.equals(issuer)) {
                return own.decode(token);
            }
            if (provider != null && providerIssuer.equals(issuer)) {
                return provider.decode(token);
            }
            throw new BadJwtException("the token was not issued by this clinic");
        };
    }

    public Converter<Jwt, AbstractAuthenticationToken> authenticationConverter() {
        Converter<Jwt, AbstractAuthenticationToken> ownLogins = AccessTokens.authenticationConverter();
        return jwt -> isFromProvider(jwt) ? claims.login(jwt) : ownLogins.convert(jwt);
    }

    private boolean isFromProvider(Jwt jwt) {
        return providerIssuer != null && providerIssuer.equals(jwt.getClaimAsString(JwtClaimNames.ISS));
    }

    /** The issuer a token claims, read before its signature is checked: only to choose the check it must pass. */
    private static String issuerOf(String token) {
        try {
            return JWTParser.parse(token).getJWTClaimsSet().getIssuer();
        } catch (ParseException | RuntimeException unreadable) {
            throw new BadJwtException("the token cannot be read", unreadable);
        }
    }

    /**
     * Keys come from the JWK set (fetched at the first token and again for a key id it does not know yet); without
     * a configured {@code jwk-set-uri} the set's address is discovered from the issuer, also at the first token,
     * so that a provider that is down when the service starts does not stop it.
     */
    private static JwtDecoder providerDecoder(IdentityProviderProperties idp, Duration clockSkew, Clock clock) {
        NimbusJwtDecoder.JwkSetUriJwtDecoderBuilder builder = idp.hasJwkSetUri()
                ? NimbusJwtDecoder.withJwkSetUri(idp.jwkSetUri())
                : NimbusJwtDecoder.withIssuerLocation(idp.issuerUri());
        SimpleClientHttpRequestFactory http = new SimpleClientHttpRequestFactory();
        http.setConnectTimeout(PROVIDER_TIMEOUT);
        http.setReadTimeout(PROVIDER_TIMEOUT);
        NimbusJwtDecoder nimbus = builder.restOperations(new RestTemplate(http))
                // RFC 9068 access tokens are typed "at+jwt", others "JWT" or nothing: the type proves nothing here
                .validateType(false)
                .jwsAlgorithms(algorithms -> {
                    algorithms.clear();
                    algorithms.add(SignatureAlgorithm.RS256);
                    algorithms.add(SignatureAlgorithm.ES256);
                })
                .build();
        nimbus.setJwtValidator(
                new TokenValidity(idp.issuerUri(), idp.hasAudience() ? idp.audience() : null, clockSkew, clock));
        return nimbus;
    }
}

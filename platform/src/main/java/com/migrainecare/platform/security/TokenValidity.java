package com.migrainecare.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;

/**
 * What a well-signed token must also be: from its issuer, about somebody, for this clinic when an audience is
 * required, and current (give or take the clock skew). An expiry is required: a token without one would be
 * accepted forever.
 */
record TokenValidity(String issuer, String audience, Duration clockSkew, Clock clock)
        implements OAuth2TokenValidator<Jwt> {

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        List<OAuth2Error> errors = new ArrayList<>();
        Instant now = clock.instant();
        if (!issuer.equals(jwt.getClaimAsString(JwtClaimNames.ISS))) {
            errors.add(invalid("the token was not issued by this clinic"));
        }
        if (audience != null && (jwt.getAudience() == null || !jwt.getAudience().contains(audience))) {
            errors.add(invalid("the token is not meant for this clinic (audience)"));
        }
        if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
            errors.add(invalid("the token names no user"));
        }
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) {
            errors.add(invalid("the token has no expiry"));
        } else if (now.minus(clockSkew).isAfter(expiresAt)) {
            errors.add(invalid("the token expired at " + expiresAt));
        }
        Instant issuedAt = jwt.getIssuedAt();
        if (issuedAt != null && issuedAt.isAfter(now.plus(clockSkew))) {
            errors.add(invalid("the token was issued in the future"));
        }
        Instant notBefore = jwt.getNotBefore();
        if (notBefore != null && notBefore.isAfter(now.plus(clockSkew))) {
            errors.add(invalid("the token is not valid before " + notBefore));
        }
        return errors.isEmpty() ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(errors);
    }

    private static OAuth2Error invalid(String description) {
        return new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null);
    }
}

package com.migrainecare.platform.security;

import com.migrainecare.platform.web.ProblemWriter;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** The security layer's refusals as problem+json, with the challenge (Basic or Bearer) that tells a client why. */
final class SecurityProblems {

    static final String UNAUTHORIZED = "UNAUTHORIZED";
    static final String TOO_MANY_ATTEMPTS = "TOO_MANY_ATTEMPTS";
    private static final String BASIC_CHALLENGE = "Basic realm=\"clinic\"";

    private final ProblemWriter problems;

    SecurityProblems(ProblemWriter problems) {
        this.problems = problems;
    }

    /** No credentials, or a wrong username or password; or a login not checked, as it failed too often lately. */
    AuthenticationEntryPoint basicChallenge(String detail) {
        return (request, response, e) -> {
            if (e instanceof TooManyLoginAttempts refused) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
                problems.write(
                        response,
                        HttpStatus.TOO_MANY_REQUESTS,
                        TOO_MANY_ATTEMPTS,
                        "too many failed logins for this username or from this address; retry after "
                                + refused.retryAfterSeconds() + " s");
                return;
            }
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
            problems.write(response, HttpStatus.UNAUTHORIZED, UNAUTHORIZED, detail);
        };
    }

    /** A bearer token that is malformed, forged, expired or not ours (RFC 6750's {@code invalid_token}). */
    AuthenticationEntryPoint bearerChallenge() {
        return (request, response, e) -> {
            String detail = bearerDetail(e);
            response.setHeader(
                    HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer realm=\"clinic\", error=\"invalid_token\", error_description=\"" + detail + "\"");
            problems.write(response, HttpStatus.UNAUTHORIZED, UNAUTHORIZED, detail);
        };
    }

    /**
     * A bearer token that could not be checked because the identity provider's keys could not be fetched: the
     * token may well be good, so this is the service's trouble (503, try again), not the token's (401).
     */
    AuthenticationFailureHandler bearerFailure() {
        AuthenticationEntryPoint invalid = bearerChallenge();
        return (request, response, e) -> {
            if (e instanceof AuthenticationServiceException) {
                response.setHeader(HttpHeaders.RETRY_AFTER, "30");
                problems.write(
                        response,
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "IDENTITY_PROVIDER_UNAVAILABLE",
                        "the token cannot be checked now: the identity provider's keys are out of reach");
                return;
            }
            invalid.commence(request, response, e);
        };
    }

    AccessDeniedHandler accessDenied() {
        return (request, response, e) -> {
            if (e instanceof AuthorizationDeniedException denied
                    && denied.getAuthorizationResult() instanceof HiddenDecision hidden) {
                problems.write(response, HttpStatus.NOT_FOUND, hidden.code(), hidden.detail());
                return;
            }
            problems.write(response, HttpStatus.FORBIDDEN, "FORBIDDEN", "you are not allowed to do this");
        };
    }

    /** Says what the token's own checks found; a parser's or verifier's wording is not for clients. */
    private static String bearerDetail(AuthenticationException e) {
        if (e instanceof InvalidBearerTokenException && e.getCause() instanceof JwtValidationException invalid) {
            return invalid.getErrors().stream().map(OAuth2Error::getDescription).collect(Collectors.joining("; "));
        }
        return "the bearer token is not valid";
    }
}

package com.migrainecare.platform.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a login with {@code delegate} unless its username or client address has failed too often lately
 * ({@link FailedLogins}); then it is refused before its password is looked at, so that guessing costs the
 * guesser time and the service no password hashes.
 */
final class ThrottledLogins implements AuthenticationProvider {

    /** The address of a login that did not come over HTTP, which no real client shares. */
    static final String NO_ADDRESS = "(none)";

    private final AuthenticationProvider delegate;
    private final FailedLogins failures;

    ThrottledLogins(AuthenticationProvider delegate, FailedLogins failures) {
        this.delegate = delegate;
        this.failures = failures;
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String username = request.getName();
        String address = addressOf(request);
        failures.blockedFor(username, address).ifPresent(wait -> {
            throw new TooManyLoginAttempts(wait);
        });
        Authentication result;
        try {
            result = delegate.authenticate(request);
        } catch (BadCredentialsException wrong) {
            failures.failed(username, address);
            throw wrong;
        }
        if (result != null && result.isAuthenticated()) {
            failures.succeeded(username, address);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }

    private static String addressOf(Authentication request) {
        return request.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : NO_ADDRESS;
    }
}

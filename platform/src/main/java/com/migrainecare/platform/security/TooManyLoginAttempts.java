package com.migrainecare.platform.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused without looking at its password, because its username or address failed too often. */
final class TooManyLoginAttempts extends AuthenticationException {

    private final Duration retryAfter;

    TooManyLoginAttempts(Duration retryAfter) {
        super("too many failed logins; retry in " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up, so that a client which waits this long is let in. */
    long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds();
        return retryAfter.toNanosPart() > 0 || seconds == 0 ? seconds + 1 : seconds;
    }
}

package com.migrainecare.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed logins are allowed within {@code window}: for one username from one client address, and for
 * one client address over all usernames; and for how many usernames and addresses at most failures are kept.
 */
@ConfigurationProperties("clinic.security.login-limit")
public record LoginLimitProperties(
        Integer maxFailuresPerUser, Integer maxFailuresPerAddress, Duration window, Integer maxTrackedKeys) {

    public static final int DEFAULT_MAX_FAILURES_PER_USER = 5;
    public static final int DEFAULT_MAX_FAILURES_PER_ADDRESS = 20;
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(5);
    public static final int DEFAULT_MAX_TRACKED_KEYS = 10_000;

    public LoginLimitProperties {
        maxFailuresPerUser = maxFailuresPerUser == null ? DEFAULT_MAX_FAILURES_PER_USER : maxFailuresPerUser;
        maxFailuresPerAddress =
                maxFailuresPerAddress == null ? DEFAULT_MAX_FAILURES_PER_ADDRESS : maxFailuresPerAddress;
        window = window == null ? DEFAULT_WINDOW : window;
        maxTrackedKeys = maxTrackedKeys == null ? DEFAULT_MAX_TRACKED_KEYS : maxTrackedKeys;
        if (maxFailuresPerUser < 1 || maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException("clinic.security.login-limit: the failures allowed must be at least 1");
        }
        if (window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("clinic.security.login-limit.window must be positive");
        }
        if (maxTrackedKeys < 1) {
            throw new IllegalArgumentException("clinic.security.login-limit.max-tracked-keys must be at least 1");
        }
    }

    public static LoginLimitProperties defaults() {
        return new LoginLimitProperties(null, null, null, null);
    }
}

package com.migrainecare.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bearer tokens: the secret they are signed with ({@code CLINIC_SECURITY_TOKEN_SECRET}, at least 32 characters), or
 * else the file that keeps a generated one (blank: {@code ${CLINIC_DATA_DIR:./data}/token-secret}, shared by the
 * services of one machine), how long a token lasts, and how far apart the clocks of two services may be.
 */
@ConfigurationProperties("clinic.security")
public record AccessTokenProperties(
        String tokenSecret, String tokenSecretFile, Duration tokenLifetime, Duration tokenClockSkew) {

    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(15);
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(30);

    public AccessTokenProperties {
        tokenLifetime = tokenLifetime == null ? DEFAULT_LIFETIME : tokenLifetime;
        tokenClockSkew = tokenClockSkew == null ? DEFAULT_CLOCK_SKEW : tokenClockSkew;
        if (tokenLifetime.isZero() || tokenLifetime.isNegative()) {
            throw new IllegalArgumentException("clinic.security.token-lifetime must be positive");
        }
        if (tokenClockSkew.isNegative()) {
            throw new IllegalArgumentException("clinic.security.token-clock-skew must not be negative");
        }
    }

    public boolean hasSecret() {
        return tokenSecret != null && !tokenSecret.isBlank();
    }

    public boolean hasSecretFile() {
        return tokenSecretFile != null && !tokenSecretFile.isBlank();
    }

    /** Keeps the secret out of logs and failure reports that print the configuration. */
    @Override
    public String toString() {
        return "AccessTokenProperties[tokenSecret=" + (hasSecret() ? "(set)" : "(none)") + ", tokenSecretFile="
                + tokenSecretFile + ", tokenLifetime=" + tokenLifetime + ", tokenClockSkew=" + tokenClockSkew + "]";
    }
}

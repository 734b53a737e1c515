package com.migrainecare.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class ThrottledLoginsTest {

    private static final String ALICE_HOME = "10.0.0.1";
    private static final String GUESSER = "203.0.113.7";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final CountingPasswords passwords = new CountingPasswords();
    private final FailedLogins failures = new FailedLogins(LoginLimitProperties.defaults(), clock);
    private final ThrottledLogins logins = new ThrottledLogins(passwords, failures);

    @Test
    void fiveFailuresRefuseTheSixthAttemptWithoutCheckingItsPassword() {
        failFiveTimes("alice", GUESSER);
        int checked = passwords.checks.get();

        assertThatThrownBy(() -> login("alice", "secret", GUESSER))
                .isInstanceOfSatisfying(TooManyLoginAttempts.class, refused -> assertThat(refused.retryAfterSeconds())
                        .isEqualTo(300));
        assertThat(passwords.checks).hasValue(checked);
    }

    @Test
    void theRetryAfterCountsDownToWhenTheOldestFailureLeavesTheWindow() {
        failFiveTimes("alice", GUESSER);
        clock.advance(Duration.ofSeconds(299).plusMillis(500));

        assertThatThrownBy(() -> login("alice", "secret", GUESSER))
                .isInstanceOfSatisfying(TooManyLoginAttempts.class, refused -> assertThat(refused.retryAfterSeconds())
                        .isEqualTo(1));
    }

    @Test
    void whenTheWindowHasPassedTheUserMayTryAgain() {
        failFiveTimes("alice", GUESSER);
        clock.advance(LoginLimitProperties.DEFAULT_WINDOW);

        assertThat(login("alice", "secret", GUESSER).isAuthenticated()).isTrue();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        for (int i = 0; i < 4; i++) {
            failOnce("alice", GUESSER);
        }
        clock.advance(LoginLimitProperties.DEFAULT_WINDOW);
        failOnce("alice", GUESSER);

        assertThat(login("alice", "secret", GUESSER).isAuthenticated()).isTrue();
    }

    @Test
    void theRightPasswordFromAnotherAddressWorksWhileOneAddressIsBlocked() {
        failFiveTimes("alice", GUESSER);

        assertThat(login("alice", "secret", ALICE_HOME).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> login("alice", "secret", GUESSER)).isInstanceOf(TooManyLoginAttempts.class);
    }

    @Test
    void aSuccessClearsTheFailuresOfItsOwnAddressOnly() {
        for (int i = 0; i < 4; i++) {
            failOnce("alice", GUESSER);
            failOnce("alice", ALICE_HOME);
        }
        login("alice", "secret", ALICE_HOME);

        failOnce("alice", GUESSER);
        failOnce("alice", ALICE_HOME);

        assertThatThrownBy(() -> login("alice", "secret", GUESSER)).isInstanceOf(TooManyLoginAttempts.class);
        assertThat(login("alice", "secret", ALICE_HOME).isAuthenticated()).isTrue();
    }

    @Test
    void theCaseOfAUsernameBuysNoFurtherGuesses() {
        for (String name : new String[] {"alice", "Alice", "ALICE", "aLice", "alIce"}) {
            failOnce(name, GUESSER);
        }

        assertThatThrownBy(() -> login("alice", "secret", GUESSER)).isInstanceOf(TooManyLoginAttempts.class);
    }

    @Test
    void anAddressThatFailsTwentyTimesOverManyUsernamesIsRefusedForAll() {
        for (int i = 0; i < LoginLimitProperties.DEFAULT_MAX_FAILURES_PER_ADDRESS; i++) {
            failOnce("user-" + i, GUESSER);
        }

        assertThatThrownBy(() -> login("alice", "secret", GUESSER)).isInstanceOf(TooManyLoginAttempts.class);
        assertThat(login("alice", "secret", ALICE_HOME).isAuthenticated()).isTrue();
    }

    @Test
    void loggingInToOnesOwnAccountDoesNotResetTheAddressCount() {
        for (int i = 0; i < LoginLimitProperties.DEFAULT_MAX_FAILURES_PER_ADDRESS - 1; i++) {
            failOnce("user-" + i, GUESSER);
        }
        login("alice", "secret", GUESSER);
        failOnce("bob", GUESSER);

        assertThatThrownBy(() -> login("alice", "secret", GUESSER)).isInstanceOf(TooManyLoginAttempts.class);
    }

    @Test
    void theTrackedKeysAreCappedAndTheLeastRecentAreForgotten() {
        FailedLogins capped = new FailedLogins(new LoginLimitProperties(2, 100, null, 4), clock);
        for (int i = 0; i < 50; i++) {
            capped.failed("user-" + i, "10.0.1." + i);
        }
        assertThat(capped.trackedKeys()).isEqualTo(4);

        capped.failed("alice", GUESSER);
        capped.failed("alice", GUESSER);
        assertThat(capped.blockedFor("alice", GUESSER)).isPresent();
        assertThat(capped.trackedKeys()).isEqualTo(4);
        assertThat(capped.blockedFor("user-0", "10.0.1.0")).isEmpty();
    }

    @Test
    void aLoginWithoutAnHttpRequestIsCountedUnderAnAddressOfItsOwn() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() ->
                            logins.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("alice", "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() ->
                        logins.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("alice", "secret")))
                .isInstanceOf(TooManyLoginAttempts.class);
        assertThat(login("alice", "secret", ALICE_HOME).isAuthenticated()).isTrue();
    }

    private void failFiveTimes(String username, String address) {
        for (int i = 0; i < LoginLimitProperties.DEFAULT_MAX_FAILURES_PER_USER; i++) {
            failOnce(username, address);
        }
    }

    private void failOnce(String username, String address) {
        assertThatThrownBy(() -> login(username, "wrong", address)).isInstanceOf(BadCredentialsException.class);
    }

    private Authentication login(String username, String password, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        attempt.setDetails(new WebAuthenticationDetails(request));
        return logins.authenticate(attempt);
    }

    /** Every user's password is "secret"; counts how often a password was checked. */
    private static final class CountingPasswords implements AuthenticationProvider {

        final AtomicInteger checks = new AtomicInteger();

        @Override
        public Authentication authenticate(Authentication request) throws AuthenticationException {
            checks.incrementAndGet();
            if (!"secret".equals(request.getCredentials())) {
                throw new BadCredentialsException("Bad credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated(
                    request.getName(), null, AuthorityUtils.createAuthorityList("ROLE_CLIENT"));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    }
}

package com.migrainecare.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

class RememberedLoginsTest {

    private static final Duration TTL = Duration.ofMinutes(5);

    private final CountingEncoder hashes = new CountingEncoder(new BCryptPasswordEncoder(4));
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final RememberedLogins logins = logins(TTL, 16);

    @Test
    void aCorrectPasswordIsHashedOncePerTtl() {
        Authentication first = logins.authenticate(basic("alice", "correct horse"));
        Authentication second = logins.authenticate(basic("alice", "correct horse"));

        assertThat(hashes.checks()).isEqualTo(1);
        assertThat(second.isAuthenticated()).isTrue();
        assertThat(second.getName()).isEqualTo(first.getName()).isEqualTo("alice");
        assertThat(roles(second)).containsExactly("ROLE_MANAGER");
        assertThat(second.getCredentials()).isNull();
    }

    @Test
    void aWrongPasswordAfterACorrectOneGetsTheFullCheckAndFails() {
        logins.authenticate(basic("alice", "correct horse"));

        assertThatThrownBy(() -> logins.authenticate(basic("alice", "correct horse ")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> logins.authenticate(basic("alice", ""))).isInstanceOf(BadCredentialsException.class);
        assertThat(hashes.checks()).isEqualTo(3);
    }

    @Test
    void failuresAreNeverRemembered() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> logins.authenticate(basic("alice", "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThat(hashes.checks()).isEqualTo(3);
    }

    @Test
    void anotherUsersPasswordDoesNotOpenARememberedLogin() {
        logins.authenticate(basic("alice", "correct horse"));
        logins.authenticate(basic("bob", "battery staple"));

        assertThatThrownBy(() -> logins.authenticate(basic("alice", "battery staple")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> logins.authenticate(basic("bob", "correct horse")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aRememberedLoginIsCheckedAgainOnceItsTtlHasPassed() {
        logins.authenticate(basic("alice", "correct horse"));
        clock.advance(TTL.minusSeconds(1));
        logins.authenticate(basic("alice", "correct horse"));
        assertThat(hashes.checks()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        logins.authenticate(basic("alice", "correct horse"));

        assertThat(hashes.checks()).isEqualTo(2);
    }

    @Test
    void aZeroTtlChecksEveryRequest() {
        RememberedLogins uncached = logins(Duration.ZERO, 16);

        uncached.authenticate(basic("alice", "correct horse"));
        uncached.authenticate(basic("alice", "correct horse"));

        assertThat(hashes.checks()).isEqualTo(2);
    }

    @Test
    void rememberedLoginsAreBounded() {
        RememberedLogins small = logins(TTL, 1);

        small.authenticate(basic("alice", "correct horse"));
        small.authenticate(basic("bob", "battery staple"));
        small.authenticate(basic("alice", "correct horse"));

        assertThat(hashes.checks()).isEqualTo(3);
    }

    private RememberedLogins logins(Duration ttl, int maxEntries) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
                User.withUsername("alice")
                        .password(hashes.encode("correct horse"))
                        .roles("MANAGER")
                        .build(),
                User.withUsername("bob")
                        .password(hashes.encode("battery staple"))
                        .roles("CLIENT")
                        .build());
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(hashes);
        return new RememberedLogins(passwords, ttl, maxEntries, clock);
    }

    private static UsernamePasswordAuthenticationToken basic(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    private static List<String> roles(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
    }

    /** Counts password checks, the expensive part of a login. */
    private static final class CountingEncoder implements PasswordEncoder {
        private final PasswordEncoder delegate;
        private final AtomicInteger checks = new AtomicInteger();

        CountingEncoder(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        int checks() {
            return checks.get();
        }

        @Override
        public String encode(CharSequence raw) {
            return delegate.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return delegate.matches(raw, encoded);
        }
    }
}

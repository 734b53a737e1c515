package com.migrainecare.platform.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Checks HTTP Basic logins with {@code delegate}, and remembers a correct password for a short while, so that a
 * client sending the same credentials with every request pays for one password hash per {@code ttl} rather than
 * one per request. Only successes are remembered, and only as a keyed hash of the password (HMAC-SHA256 under a
 * key that exists in this process alone): a wrong password never matches what is remembered and always gets the
 * full check, and a failed check leaves the remembered login alone.
 */
final class RememberedLogins implements AuthenticationProvider {

    private static final String HASH = "HmacSHA256";

    private final AuthenticationProvider delegate;
    private final Duration ttl;
    private final Clock clock;
    private final SecretKey hashKey;
    private final Map<String, Remembered> byUsername;

    RememberedLogins(AuthenticationProvider delegate, Duration ttl, int maxEntries, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.clock = clock;
        this.hashKey = newHashKey();
        this.byUsername = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        if (ttl.isZero() || !(request.getCredentials() instanceof String password)) {
            return delegate.authenticate(request);
        }
        String username = request.getName();
        byte[] fingerprint = fingerprint(username, password);
        Remembered remembered = recall(username, fingerprint);
        if (remembered != null) {
            return remembered.authenticationFor(request);
        }
        Authentication result = delegate.authenticate(request);
        if (result != null && result.isAuthenticated()) {
            remember(username, new Remembered(fingerprint, principalOf(result), result.getAuthorities(), expiry()));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }

    private Remembered recall(String username, byte[] fingerprint) {
        synchronized (byUsername) {
            Remembered remembered = byUsername.get(username);
            if (remembered == null) {
                return null;
            }
            if (!clock.instant().isBefore(remembered.expiresAt())) {
                byUsername.remove(username);
                return null;
            }
            return MessageDigest.isEqual(remembered.fingerprint(), fingerprint) ? remembered : null;
        }
    }

    private void remember(String username, Remembered remembered) {
        synchronized (byUsername) {
            byUsername.put(username, remembered);
        }
    }

    private Instant expiry() {
        return clock.instant().plus(ttl);
    }

    private byte[] fingerprint(String username, String password) {
        byte[] name = username.getBytes(StandardCharsets.UTF_8);
        byte[] secret = password.getBytes(StandardCharsets.UTF_8);
        try {
            Mac mac = Mac.getInstance(HASH);
            mac.init(hashKey);
            mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(name.length).array());
            mac.update(name);
            return mac.doFinal(secret);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Keeps the user but not their stored password hash, which the check has no further use for. */
    private static Object principalOf(Authentication result) {
        return result.getPrincipal() instanceof UserDetails user
                ? User.withUserDetails(user).password("").build()
                : result.getPrincipal();
    }

    private static SecretKey newHashKey() {
        try {
            return KeyGenerator.getInstance(HASH).generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private record Remembered(
            byte[] fingerprint,
            Object principal,
            Collection<? extends GrantedAuthority> authorities,
            Instant expiresAt) {

        Remembered {
            authorities = List.copyOf(authorities);
        }

        Authentication authenticationFor(Authentication request) {
            UsernamePasswordAuthenticationToken result =
                    UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
            result.setDetails(request.getDetails());
            return result;
        }
    }
}

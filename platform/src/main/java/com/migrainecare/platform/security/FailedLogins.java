package com.migrainecare.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The failed logins of the last {@code window}, counted for a username at one client address and for a client
 * address over all usernames. A username is limited per address, so that somebody guessing from one address
 * cannot lock its owner out everywhere; the limit per address keeps one address from trying many usernames.
 * Memory is bounded: beyond {@code maxTrackedKeys} the keys that failed least recently are forgotten.
 */
final class FailedLogins {

    private final LoginLimitProperties limits;
    private final Clock clock;
    private final Map<Key, Deque<Instant>> failures;

    FailedLogins(LoginLimitProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.failures = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Deque<Instant>> eldest) {
                return size() > limits.maxTrackedKeys();
            }
        };
    }

    /** How long until {@code username} may try again from {@code address}; empty if it may now. */
    Optional<Duration> blockedFor(String username, String address) {
        Instant now = clock.instant();
        synchronized (failures) {
            Duration wait = longer(
                    waitFor(Key.user(username, address), limits.maxFailuresPerUser(), now),
                    waitFor(Key.address(address), limits.maxFailuresPerAddress(), now));
            return wait.isZero() ? Optional.empty() : Optional.of(wait);
        }
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        synchronized (failures) {
            record(Key.user(username, address), limits.maxFailuresPerUser(), now);
            record(Key.address(address), limits.maxFailuresPerAddress(), now);
        }
    }

    /**
     * Forgets the failures of {@code username} at {@code address} only: those from other addresses may be somebody
     * else's guesses, and the address's own count must not be reset by logging in to an account one owns.
     */
    void succeeded(String username, String address) {
        synchronized (failures) {
            failures.remove(Key.user(username, address));
        }
    }

    int trackedKeys() {
        synchronized (failures) {
            return failures.size();
        }
    }

    private Duration waitFor(Key key, int allowed, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        dropExpired(times, now);
        if (times.isEmpty()) {
            failures.remove(key);
            return Duration.ZERO;
        }
        return times.size() < allowed
                ? Duration.ZERO
                : Duration.between(now, times.peekFirst().plus(limits.window()));
    }

    private void record(Key key, int allowed, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        dropExpired(times, now);
        times.addLast(now);
        while (times.size() > allowed) {
            times.removeFirst();
        }
    }

    private void dropExpired(Deque<Instant> times, Instant now) {
        Instant oldestCounted = now.minus(limits.window());
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldestCounted)) {
            times.removeFirst();
        }
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** A username at an address, or (with no username) an address. */
    private record Key(String username, String address) {

        private static final int MAX_NAME = 128;

        /** Logins ignore the case of usernames; a name longer than any real one is counted by its start. */
        static Key user(String username, String address) {
            String name = username.toLowerCase(Locale.ROOT);
            return new Key(name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name, address);
        }

        static Key address(String address) {
            return new Key(null, address);
        }
    }
}

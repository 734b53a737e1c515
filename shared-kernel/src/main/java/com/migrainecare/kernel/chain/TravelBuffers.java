package com.migrainecare.kernel.chain;

import com.migrainecare.kernel.ids.LocationId;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * The time a therapist needs between sessions at two different locations: a chain-wide standard and
 * overrides per location pair (keyed {@code "a|b"} with the ids in lexical order).
 */
public record TravelBuffers(Duration standard, Map<String, Duration> byPair) {

    public static final TravelBuffers DEFAULT = new TravelBuffers(Duration.ofMinutes(30), Map.of());

    public TravelBuffers {
        Objects.requireNonNull(standard, "standard");
        byPair = Map.copyOf(byPair == null ? Map.of() : byPair);
    }

    public static String pairKey(LocationId a, LocationId b) {
        return a.value().compareTo(b.value()) <= 0 ? a + "|" + b : b + "|" + a;
    }

    public Duration between(LocationId a, LocationId b) {
        if (a.equals(b)) {
            return Duration.ZERO;
        }
        return byPair.getOrDefault(pairKey(a, b), standard);
    }
}

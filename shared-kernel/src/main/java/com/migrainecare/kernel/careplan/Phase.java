package com.migrainecare.kernel.careplan;

import java.time.Duration;
import java.util.Objects;

/** One phase of a care plan: a cadence and a session length, for {@code weeks} weeks (null: open-ended). */
public record Phase(String name, Cadence cadence, Duration sessionLength, Integer weeks) {

    public Phase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(sessionLength, "sessionLength");
        if (weeks != null && weeks < 1) {
            throw new IllegalArgumentException("a phase lasts at least one week");
        }
    }

    /** Sessions in the phase, or null when it has no end. */
    public Integer sessions() {
        return weeks == null ? null : cadence.sessionsIn(weeks);
    }
}

package com.migrainecare.kernel.careplan;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One occurrence a change of a series applies to: moved to {@code target} (a wall-clock time at the series'
 * location), or cancelled ({@code target} null).
 */
public record OccurrenceChange(int index, LocalDateTime target) {

    /** What a change does to each of its occurrences. */
    public enum Kind {
        MOVE,
        CANCEL
    }

    public OccurrenceChange {
        if (index < 0) {
            throw new IllegalArgumentException("an occurrence index is 0 or more: " + index);
        }
    }

    /** A move names where to, a cancellation does not. */
    public void requireFits(Kind kind) {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.MOVE) != (target != null)) {
            throw new IllegalArgumentException("a move has a target time and a cancellation has none");
        }
    }
}

package com.migrainecare.kernel.careplan;

import com.migrainecare.kernel.care.Technique;
import java.util.List;

/**
 * A recommended cadence: its phases (the starting phase, then maintenance), the techniques that suit the
 * pain areas and are allowed by contraindications and clearances, the reasons in plain sentences, and the
 * version of the cadence table it was taken from.
 */
public record Recommendation(
        List<Phase> phases, List<Technique> techniques, List<String> rationale, String tableVersion) {

    public Recommendation {
        phases = List.copyOf(phases);
        techniques = List.copyOf(techniques);
        rationale = List.copyOf(rationale);
        if (phases.isEmpty() || techniques.isEmpty()) {
            throw new IllegalArgumentException("a recommendation has at least one phase and one technique");
        }
    }

    public Phase startingPhase() {
        return phases.get(0);
    }
}

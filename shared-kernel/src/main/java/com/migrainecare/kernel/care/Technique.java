package com.migrainecare.kernel.care;

import java.util.EnumSet;
import java.util.Set;

/** Massage techniques from the seeds, with the groups the booking rules need. */
public enum Technique {
    DEEP_TISSUE,
    MYOFASCIAL_RELEASE,
    TRIGGER_POINT,
    EFFLEURAGE,
    PETRISSAGE,
    LYMPHATIC_DRAINAGE,
    CUPPING,
    HEAT_THERAPY;

    private static final Set<Technique> NECK_FOCUSED =
            EnumSet.of(DEEP_TISSUE, TRIGGER_POINT, MYOFASCIAL_RELEASE, PETRISSAGE, CUPPING);
    private static final Set<Technique> ADJUNCTS = EnumSet.of(CUPPING, HEAT_THERAPY);

    /** Work that loads the neck when the body area includes it; needs clearance for some clients. */
    public boolean isNeckFocused() {
        return NECK_FOCUSED.contains(this);
    }

    /** Techniques that may be added to a session's primary technique. */
    public boolean isAdjunct() {
        return ADJUNCTS.contains(this);
    }
}

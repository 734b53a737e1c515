package com.migrainecare.kernel.care;

/** Where a client feels the pain. */
public enum PainArea {
    SUBOCCIPITAL,
    TEMPLES,
    FOREHEAD,
    BEHIND_EYES,
    ONE_SIDE,
    NECK,
    SHOULDERS,
    UPPER_BACK
}

package com.migrainecare.kernel.care;

/** What sets off a client's headaches. */
public enum Trigger {
    NECK_TENSION,
    STRESS,
    POOR_SLEEP,
    POSTURE_SCREEN_TIME,
    DEHYDRATION,
    HORMONAL,
    FOODS,
    ENVIRONMENT
}

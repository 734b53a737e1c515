package com.migrainecare.booking.careplan;

import java.util.Locale;

/**
 * Attacks coming often (DOMAIN.md): the headache days logged over the last 14 days against the intake's
 * baseline, its headache days a month scaled to 14 days (a month counted as 30 days). 30 % or more above the
 * baseline, and more than it, steps the cadence up.
 */
record AttackRate(int baselinePerMonth, int loggedDays) {

    static final int WINDOW_DAYS = 14;
    static final double STEP_UP_AT = 1.3;

    double baseline() {
        return baselinePerMonth * WINDOW_DAYS / 30.0;
    }

    boolean stepsUp() {
        return loggedDays > baseline() && loggedDays >= baseline() * STEP_UP_AT;
    }

    /** The numbers in words: "9 headache days logged in the last 14 days, against a baseline of 4.7 ...". */
    String describe() {
        String above = baseline() == 0
                ? "above a baseline of none"
                : Math.round((loggedDays / baseline() - 1) * 100) + " % above it";
        return String.format(
                Locale.ROOT,
                "attacks coming often: %d headache days logged in the last %d days, against a baseline of %.1f"
                        + " (%d a month scaled to %d days): %s, the step up begins at 30 %%",
                loggedDays,
                WINDOW_DAYS,
                baseline(),
                baselinePerMonth,
                WINDOW_DAYS,
                above);
    }
}

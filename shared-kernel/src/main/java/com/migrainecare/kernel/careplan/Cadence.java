package com.migrainecare.kernel.careplan;

/**
 * How often sessions come: {@code sessionsPerWeek} (1 to 3) or one session every {@code intervalWeeks} weeks;
 * exactly one of the two is set. The ladder of DOMAIN.md orders them from every 4 weeks to 3 a week.
 */
public record Cadence(Integer sessionsPerWeek, Integer intervalWeeks) {

    public static final int MOST_PER_WEEK = 3;

    public Cadence {
        if ((sessionsPerWeek == null) == (intervalWeeks == null)) {
            throw new IllegalArgumentException("a cadence is either sessions per week or an interval in weeks");
        }
        if (sessionsPerWeek != null && (sessionsPerWeek < 1 || sessionsPerWeek > MOST_PER_WEEK)) {
            throw new IllegalArgumentException("sessions per week must be between 1 and " + MOST_PER_WEEK);
        }
        if (intervalWeeks != null && (intervalWeeks < 1 || intervalWeeks > 4)) {
            throw new IllegalArgumentException("the interval must be between 1 and 4 weeks");
        }
    }

    public static Cadence perWeek(int sessions) {
        return sessions == 1 ? everyWeeks(1) : new Cadence(sessions, null);
    }

    public static Cadence everyWeeks(int weeks) {
        return new Cadence(null, weeks);
    }

    /** Sessions in {@code weeks} weeks at this cadence. */
    public int sessionsIn(int weeks) {
        return sessionsPerWeek != null ? sessionsPerWeek * weeks : Math.max(1, weeks / intervalWeeks);
    }

    /** One level up the ladder (every 4 weeks, every 2 weeks, weekly, 2 a week, 3 a week), never past 3 a week. */
    public Cadence steppedUp() {
        if (sessionsPerWeek != null) {
            return new Cadence(Math.min(MOST_PER_WEEK, sessionsPerWeek + 1), null);
        }
        return intervalWeeks == 1 ? new Cadence(2, null) : everyWeeks(Math.max(1, intervalWeeks / 2));
    }

    /** In words, for rationales: "2 sessions a week", "weekly", "every 2 weeks". */
    public String describe() {
        if (sessionsPerWeek != null) {
            return sessionsPerWeek == 1 ? "weekly" : sessionsPerWeek + " sessions a week";
        }
        return intervalWeeks == 1 ? "weekly" : "every " + intervalWeeks + " weeks";
    }
}

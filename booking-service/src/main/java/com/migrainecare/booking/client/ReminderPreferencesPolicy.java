package com.migrainecare.booking.client;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;

/**
 * What reminder preferences a client may choose: one to {@value #MAX_LEAD_TIMES} different lead times, each from
 * {@link #SHORTEST} to {@link #LONGEST} before the session (a reminder minutes before a session, or weeks ahead,
 * helps nobody). Channels may be empty: the client then gets no reminders. Quiet hours are any window.
 */
final class ReminderPreferencesPolicy {

    static final int MAX_LEAD_TIMES = 5;
    static final Duration SHORTEST = Duration.ofMinutes(30);
    static final Duration LONGEST = Duration.ofDays(14);

    private ReminderPreferencesPolicy() {}

    static void requireFor(List<Duration> leadTimes) {
        if (leadTimes.isEmpty() || leadTimes.size() > MAX_LEAD_TIMES) {
            throw refused("between 1 and " + MAX_LEAD_TIMES + " lead times, not " + leadTimes.size());
        }
        if (new HashSet<>(leadTimes).size() != leadTimes.size()) {
            throw refused("each lead time once: " + leadTimes);
        }
        for (Duration lead : leadTimes) {
            if (lead.compareTo(SHORTEST) < 0 || lead.compareTo(LONGEST) > 0) {
                throw refused("lead times from " + SHORTEST + " to " + LONGEST + " before the session, not " + lead);
            }
        }
    }

    private static RuleViolation refused(String what) {
        return new RuleViolation(ErrorCode.INVALID_REMINDER_PREFERENCES, "reminder preferences need " + what);
    }
}

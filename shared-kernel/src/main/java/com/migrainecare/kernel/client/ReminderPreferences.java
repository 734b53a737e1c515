package com.migrainecare.kernel.client;

import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How and when a client wants to be reminded: the channels, quiet hours (default 21:00-08:00 in the client's
 * zone) and how long before a session each reminder goes out (default 48 h and 2 h). Events written before
 * {@code leadTimes} existed read as the default.
 */
public record ReminderPreferences(
        Set<Channel> channels, LocalTime quietFrom, LocalTime quietUntil, List<Duration> leadTimes) {

    public static final List<Duration> DEFAULT_LEAD_TIMES = List.of(Duration.ofHours(48), Duration.ofHours(2));

    public static final ReminderPreferences DEFAULT =
            new ReminderPreferences(EnumSet.of(Channel.EMAIL), LocalTime.of(21, 0), LocalTime.of(8, 0));

    public ReminderPreferences {
        channels = Set.copyOf(Objects.requireNonNullElse(channels, Set.of()));
        quietFrom = Objects.requireNonNullElse(quietFrom, LocalTime.of(21, 0));
        quietUntil = Objects.requireNonNullElse(quietUntil, LocalTime.of(8, 0));
        leadTimes = List.copyOf(Objects.requireNonNullElse(leadTimes, DEFAULT_LEAD_TIMES));
        if (leadTimes.stream().anyMatch(lead -> lead.isNegative() || lead.isZero())) {
            throw new IllegalArgumentException("reminder lead times must be positive: " + leadTimes);
        }
    }

    /** With the default lead times. */
    public ReminderPreferences(Set<Channel> channels, LocalTime quietFrom, LocalTime quietUntil) {
        this(channels, quietFrom, quietUntil, null);
    }

    /** Where reminders can go. */
    public enum Channel {
        EMAIL,
        SMS
    }
}

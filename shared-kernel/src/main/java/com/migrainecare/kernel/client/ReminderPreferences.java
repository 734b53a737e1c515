package com.migrainecare.kernel.client;

import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** How and when a client wants to be reminded; quiet hours default to 21:00-08:00 in the client's zone. */
public record ReminderPreferences(Set<Channel> channels, LocalTime quietFrom, LocalTime quietUntil) {

    public static final ReminderPreferences DEFAULT =
            new ReminderPreferences(EnumSet.of(Channel.EMAIL), LocalTime.of(21, 0), LocalTime.of(8, 0));

    public ReminderPreferences {
        channels = Set.copyOf(Objects.requireNonNullElse(channels, Set.of()));
        quietFrom = Objects.requireNonNullElse(quietFrom, LocalTime.of(21, 0));
        quietUntil = Objects.requireNonNullElse(quietUntil, LocalTime.of(8, 0));
    }

    /** Where reminders can go. */
    public enum Channel {
        EMAIL,
        SMS
    }
}

package com.migrainecare.booking.careplan;

import com.migrainecare.kernel.careplan.Cadence;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The cadence table of DOMAIN.md, per chain ({@code clinic.cadence}). {@code version} names the table; every
 * recommendation records the version it came from, so a chain that changes the table bumps it.
 */
@ConfigurationProperties("clinic.cadence")
public record CadenceProperties(
        String version, Integer frequentFromDays, Duration minimumGap, Tier chronic, Tier frequent, Tier occasional) {

    public CadenceProperties {
        version = version == null || version.isBlank() ? "1" : version;
        frequentFromDays = frequentFromDays == null ? 8 : frequentFromDays;
        minimumGap = minimumGap == null ? Duration.ofHours(48) : minimumGap;
        chronic = chronic == null
                ? new Tier(Cadence.perWeek(2), Duration.ofMinutes(45), 6, Cadence.everyWeeks(1))
                : chronic;
        frequent = frequent == null
                ? new Tier(Cadence.everyWeeks(1), Duration.ofMinutes(45), 6, Cadence.everyWeeks(2))
                : frequent;
        occasional = occasional == null
                ? new Tier(Cadence.everyWeeks(2), Duration.ofMinutes(60), 6, Cadence.everyWeeks(4))
                : occasional;
    }

    /** The defaults of DOMAIN.md. */
    public static CadenceProperties defaults() {
        return new CadenceProperties(null, null, null, null, null, null);
    }

    /** One row: the starting phase's cadence, session length and weeks, then the maintenance cadence. */
    public record Tier(Cadence start, Duration sessionLength, Integer weeks, Cadence maintenance) {
        public Tier {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(sessionLength, "sessionLength");
            Objects.requireNonNull(weeks, "weeks");
            Objects.requireNonNull(maintenance, "maintenance");
        }
    }
}

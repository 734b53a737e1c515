package com.migrainecare.kernel.chain;

import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.time.TimeSlot;
import com.migrainecare.kernel.time.WallClock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A therapist's recurring working hours at one location, in that location's wall-clock time, valid from a
 * date until an optional last date (inclusive).
 */
public record WeeklyShift(
        String shiftId,
        LocationId locationId,
        ZoneId zone,
        Set<DayOfWeek> days,
        LocalTime from,
        LocalTime to,
        LocalDate validFrom,
        LocalDate validUntil) {

    public WeeklyShift {
        Objects.requireNonNull(shiftId, "shiftId");
        Objects.requireNonNull(locationId, "locationId");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(validFrom, "validFrom");
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("a shift needs at least one day");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a shift must end after it starts");
        }
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("a shift cannot end before it becomes valid");
        }
    }

    public boolean appliesOn(LocalDate date) {
        return days.contains(date.getDayOfWeek())
                && !date.isBefore(validFrom)
                && (validUntil == null || !date.isAfter(validUntil));
    }

    /** The working interval on {@code date}, if the shift applies then; DST gaps push the edge forward. */
    public Optional<TimeSlot> on(LocalDate date) {
        if (!appliesOn(date)) {
            return Optional.empty();
        }
        return Optional.of(new TimeSlot(edge(date, from), edge(date, to)));
    }

    /** True when this shift's working hours can coincide with {@code other}'s on some date. */
    public boolean clashesWith(WeeklyShift other) {
        boolean sharedDay = days.stream().anyMatch(other.days::contains);
        boolean sharedValidity = (other.validUntil == null || !validFrom.isAfter(other.validUntil))
                && (validUntil == null || !other.validFrom.isAfter(validUntil));
        return sharedDay && sharedValidity && from.isBefore(other.to) && other.from.isBefore(to);
    }

    private java.time.Instant edge(LocalDate date, LocalTime time) {
        try {
            return WallClock.resolve(date.atTime(time), zone);
        } catch (WallClock.NonexistentLocalTimeException gap) {
            return date.atTime(time).atZone(zone).toInstant();
        }
    }
}

package com.migrainecare.kernel.chain;

import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.time.TimeSlot;
import com.migrainecare.kernel.time.WallClock;
import java.time.DayOfWeek;
import java.time.Duration;
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

    private static final int CLASH_HORIZON_DAYS = 371;

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

    /**
     * True when the therapist could not work both shifts: on some date their hours, compared as instants in
     * each shift's own zone, overlap, or (at different locations) leave less than {@code travel} between them.
     * Dates are checked over the shared validity for up to a year, which covers every weekday and DST rule.
     */
    public boolean clashesWith(WeeklyShift other, Duration travel) {
        // a day either side of the common validity: a shift that ends the day before the other begins can still
        // run into it across midnight, or across the zones' calendar days
        LocalDate first = (validFrom.isAfter(other.validFrom) ? validFrom : other.validFrom).minusDays(1);
        LocalDate last = first.plusDays(CLASH_HORIZON_DAYS);
        if (validUntil != null && validUntil.plusDays(1).isBefore(last)) {
            last = validUntil.plusDays(1);
        }
        if (other.validUntil != null && other.validUntil.plusDays(1).isBefore(last)) {
            last = other.validUntil.plusDays(1);
        }
        Duration margin = locationId.equals(other.locationId) ? Duration.ZERO : travel;
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            Optional<TimeSlot> mine = on(date);
            if (mine.isEmpty()) {
                continue;
            }
            TimeSlot reach = mine.get().widenedBy(margin);
            // the other zone's calendar day may be one ahead or behind
            for (int shiftDays = -1; shiftDays <= 1; shiftDays++) {
                if (other.on(date.plusDays(shiftDays)).filter(reach::overlaps).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    private java.time.Instant edge(LocalDate date, LocalTime time) {
        try {
            return WallClock.resolve(date.atTime(time), zone);
        } catch (WallClock.NonexistentLocalTimeException gap) {
            return date.atTime(time).atZone(zone).toInstant();
        }
    }
}

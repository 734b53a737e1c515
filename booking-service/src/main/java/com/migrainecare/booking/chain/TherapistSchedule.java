package com.migrainecare.booking.chain;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.chain.TravelBuffers;
import com.migrainecare.kernel.chain.WeeklyShift;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.time.TimeSlot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** When a therapist works, where, when they are off, and what they are booked for; the rules of DOMAIN.md 3. */
public class TherapistSchedule {

    private final List<WeeklyShift> shifts = new ArrayList<>();
    private final List<TimeOff> timeOff = new ArrayList<>();
    private final Calendar calendar = new Calendar();

    /** A block of time the therapist is away. */
    public record TimeOff(String timeOffId, TimeSlot slot) {}

    Calendar calendar() {
        return calendar;
    }

    void addShift(WeeklyShift shift) {
        shifts.add(shift);
    }

    void addTimeOff(String timeOffId, TimeSlot slot) {
        timeOff.add(new TimeOff(timeOffId, slot));
    }

    boolean holds(BookingId booking, TimeSlot slot) {
        return calendar.holds(booking, slot);
    }

    Optional<Reservation> reservationOf(BookingId booking, TimeSlot slot) {
        return calendar.find(booking, slot);
    }

    /** The session lies inside one shift at that location, on the location's calendar day. */
    void ensureWorking(LocationId location, TimeSlot slot) {
        boolean inShift = shifts.stream()
                .filter(shift -> shift.locationId().equals(location))
                .anyMatch(shift -> shift.on(slot.start().atZone(shift.zone()).toLocalDate())
                        .filter(slot::within)
                        .isPresent());
        if (!inShift) {
            throw new RuleViolation(
                    ErrorCode.OUTSIDE_SHIFT, "the therapist does not work at this location at that time");
        }
    }

    void ensureNotOnTimeOff(TimeSlot slot) {
        if (timeOff.stream().anyMatch(off -> off.slot().overlaps(slot))) {
            throw new RuleViolation(ErrorCode.THERAPIST_ON_TIME_OFF, "the therapist is off at that time");
        }
    }

    /** No other session overlaps, and sessions at other locations leave room to travel. */
    void ensureFree(BookingId booking, LocationId location, TimeSlot slot, TravelBuffers buffers) {
        calendar.clashWith(booking, slot, held -> buffers.between(held.locationId(), location))
                .ifPresent(clash -> {
                    if (clash.slot().overlaps(slot)) {
                        throw new RuleViolation(
                                ErrorCode.THERAPIST_UNAVAILABLE, "the therapist already has a session then");
                    }
                    throw new RuleViolation(
                            ErrorCode.TRAVEL_BUFFER_VIOLATED,
                            "the therapist needs "
                                    + buffers.between(clash.locationId(), location)
                                            .toMinutes() + " minutes to travel from another location");
                });
    }

    void ensureNoClashingShift(WeeklyShift shift, TravelBuffers travel) {
        if (shifts.stream()
                .anyMatch(existing ->
                        existing.clashesWith(shift, travel.between(existing.locationId(), shift.locationId())))) {
            throw new RuleViolation(ErrorCode.SHIFT_OVERLAP, "the shift overlaps another shift of the therapist");
        }
    }

    void ensureNoSessionsDuring(TimeSlot slot) {
        if (calendar.anyOverlap(slot)) {
            throw new RuleViolation(
                    ErrorCode.TIME_OFF_CONFLICTS_WITH_BOOKING,
                    "the therapist has sessions during this time; move them first");
        }
    }
}

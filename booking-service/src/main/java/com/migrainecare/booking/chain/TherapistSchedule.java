package com.migrainecare.booking.chain;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.chain.TravelBuffers;
import com.migrainecare.kernel.chain.WeeklyShift;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.time.TimeSlot;
import java.util.ArrayList;
import java.util.List;

/** When and where a therapist works and when they are off: the shift and time-off rules of DOMAIN.md 3. */
public class TherapistSchedule {

    private final List<WeeklyShift> shifts = new ArrayList<>();
    private final List<TimeOff> timeOff = new ArrayList<>();

    /** A block of time the therapist is away. */
    public record TimeOff(String timeOffId, TimeSlot slot) {}

    void addShift(WeeklyShift shift) {
        shifts.add(shift);
    }

    void addTimeOff(String timeOffId, TimeSlot slot) {
        timeOff.add(new TimeOff(timeOffId, slot));
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

    void ensureNoClashingShift(WeeklyShift shift, TravelBuffers travel) {
        if (shifts.stream()
                .anyMatch(existing ->
                        existing.clashesWith(shift, travel.between(existing.locationId(), shift.locationId())))) {
            throw new RuleViolation(ErrorCode.SHIFT_OVERLAP, "the shift overlaps another shift of the therapist");
        }
    }
}

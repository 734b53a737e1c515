package com.migrainecare.booking.chain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.migrainecare.booking.claim.ClaimedTime;
import com.migrainecare.booking.claim.Resource;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.chain.TherapistCommand.AddShift;
import com.migrainecare.kernel.chain.TherapistCommand.AddTimeOff;
import com.migrainecare.kernel.chain.TherapistCommand.RegisterTherapist;
import com.migrainecare.kernel.chain.TherapistEvent.ShiftAdded;
import com.migrainecare.kernel.chain.TherapistEvent.TherapistRegistered;
import com.migrainecare.kernel.chain.TherapistEvent.TimeOffAdded;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.TimeSlot;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A therapist: techniques, weekly shifts and time off. The stream grows with changes to the therapist's record,
 * never with bookings (those claim the therapist's time in the claims table). Not cached: a booking command
 * locks the therapist's claims and then reads this record, so it always sees what other processes committed.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
public class Therapist {

    @AggregateIdentifier
    private TherapistId therapistId;

    private Set<Technique> techniques = new HashSet<>();
    private TherapistSchedule schedule = new TherapistSchedule();

    protected Therapist() {
        // rebuilt from events
    }

    @CommandHandler
    public Therapist(RegisterTherapist command) {
        if (command.name() == null || command.name().isBlank()) {
            throw new RuleViolation(ErrorCode.INVALID_REQUEST, "a therapist needs a name");
        }
        if (command.techniques().isEmpty()) {
            throw new RuleViolation(ErrorCode.INVALID_REQUEST, "a therapist needs at least one technique");
        }
        apply(new TherapistRegistered(command.therapistId(), command.name(), command.techniques(), command.email()));
    }

    @CommandHandler
    public void handle(AddShift command) {
        schedule.ensureNoClashingShift(command.shift(), command.travel());
        apply(new ShiftAdded(therapistId, command.shift()));
    }

    /**
     * Time off may not cover a booked session. The caller holds the lock on the therapist's claims (see
     * {@link TimeOffDesk}), so no session can be booked into the time off meanwhile.
     */
    public void addTimeOff(AddTimeOff command, ClaimedTime claims) {
        Resource self = Resource.of(therapistId);
        if (claims.anyOverlap(self, command.slot())) {
            throw new RuleViolation(
                    ErrorCode.TIME_OFF_CONFLICTS_WITH_BOOKING,
                    "the therapist has sessions during this time; move them first");
        }
        apply(new TimeOffAdded(therapistId, command.timeOffId(), command.slot(), command.reason()));
    }

    /**
     * The rules of this therapist's own record for a session: qualified for every technique, inside a shift at
     * the location, not on time off. Overlaps and travel time are the claims table's to answer.
     */
    public void ensureCanTake(LocationId location, TimeSlot slot, Set<Technique> requested) {
        ensureQualifiedFor(requested);
        schedule.ensureWorking(location, slot);
        schedule.ensureNotOnTimeOff(slot);
    }

    private void ensureQualifiedFor(Set<Technique> requested) {
        Set<Technique> missing = EnumSet.noneOf(Technique.class);
        missing.addAll(requested);
        missing.removeAll(techniques);
        if (!missing.isEmpty()) {
            throw new RuleViolation(ErrorCode.THERAPIST_NOT_QUALIFIED, "the therapist is not qualified for " + missing);
        }
    }

    @EventSourcingHandler
    void on(TherapistRegistered event) {
        therapistId = event.therapistId();
        techniques = new HashSet<>(event.techniques());
    }

    @EventSourcingHandler
    void on(ShiftAdded event) {
        schedule.addShift(event.shift());
    }

    @EventSourcingHandler
    void on(TimeOffAdded event) {
        schedule.addTimeOff(event.timeOffId(), event.slot());
    }
}

package com.migrainecare.booking.chain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.chain.TherapistCommand.AddShift;
import com.migrainecare.kernel.chain.TherapistCommand.AddTimeOff;
import com.migrainecare.kernel.chain.TherapistCommand.RegisterTherapist;
import com.migrainecare.kernel.chain.TherapistCommand.ReleaseTherapist;
import com.migrainecare.kernel.chain.TherapistCommand.ReserveTherapist;
import com.migrainecare.kernel.chain.TherapistEvent.ShiftAdded;
import com.migrainecare.kernel.chain.TherapistEvent.TherapistRegistered;
import com.migrainecare.kernel.chain.TherapistEvent.TherapistReleased;
import com.migrainecare.kernel.chain.TherapistEvent.TherapistReserved;
import com.migrainecare.kernel.chain.TherapistEvent.TimeOffAdded;
import com.migrainecare.kernel.ids.TherapistId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A therapist and the calendar they are booked on. Every reservation of a therapist goes through this
 * aggregate, so two requests for the same therapist are serialised by the event store's unique
 * (aggregate, sequence) index: whichever appends second fails and is retried against the new state.
 */
@Aggregate(cache = "aggregateCache", snapshotTriggerDefinition = "snapshotTrigger")
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

    @CommandHandler
    public void handle(AddTimeOff command) {
        schedule.ensureNoSessionsDuring(command.slot());
        apply(new TimeOffAdded(therapistId, command.timeOffId(), command.slot(), command.reason()));
    }

    @CommandHandler
    public boolean handle(ReserveTherapist command) {
        if (schedule.holds(command.bookingId(), command.slot())) {
            return false; // the same request again: already held
        }
        ensureQualifiedFor(command.techniques());
        schedule.ensureWorking(command.locationId(), command.slot());
        schedule.ensureNotOnTimeOff(command.slot());
        schedule.ensureFree(command.bookingId(), command.locationId(), command.slot(), command.travelBuffers());
        apply(new TherapistReserved(therapistId, command.bookingId(), command.locationId(), command.slot()));
        return true;
    }

    /** @return whether a reservation was released (false: nothing was held) */
    @CommandHandler
    public boolean handle(ReleaseTherapist command) {
        return schedule.reservationOf(command.bookingId(), command.slot())
                .map(held -> {
                    apply(new TherapistReleased(therapistId, command.bookingId(), held.locationId(), command.slot()));
                    return true;
                })
                .orElse(false);
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

    @EventSourcingHandler
    void on(TherapistReserved event, @Timestamp Instant at) {
        schedule.calendar().add(new Reservation(event.bookingId(), event.locationId(), event.slot()), at);
    }

    @EventSourcingHandler
    void on(TherapistReleased event, @Timestamp Instant at) {
        schedule.calendar().remove(event.bookingId(), event.slot(), at);
    }
}

package com.migrainecare.kernel.chain;

import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.TimeSlot;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands for a therapist's profile, shifts and time off. */
public sealed interface TherapistCommand {

    record RegisterTherapist(
            @TargetAggregateIdentifier TherapistId therapistId, String name, Set<Technique> techniques, String email)
            implements TherapistCommand {
        public RegisterTherapist {
            techniques = Set.copyOf(techniques);
        }
    }

    /** Adds a weekly shift; shifts at different locations must leave the travel time between them. */
    record AddShift(@TargetAggregateIdentifier TherapistId therapistId, WeeklyShift shift, TravelBuffers travel)
            implements TherapistCommand {
        public AddShift {
            travel = travel == null ? TravelBuffers.DEFAULT : travel;
        }

        public AddShift(TherapistId therapistId, WeeklyShift shift) {
            this(therapistId, shift, TravelBuffers.DEFAULT);
        }
    }

    record AddTimeOff(
            @TargetAggregateIdentifier TherapistId therapistId, String timeOffId, TimeSlot slot, String reason)
            implements TherapistCommand {}
}

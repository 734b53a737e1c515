package com.migrainecare.booking.chain;

import com.migrainecare.booking.claim.ClaimedTime;
import com.migrainecare.booking.claim.Resource;
import com.migrainecare.kernel.chain.TherapistCommand.AddTimeOff;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Takes time off the way a booking takes time: the lock on the therapist's claims first, then the therapist's
 * record. Booking commands take the same two in the same order, so neither waits for the other in a circle,
 * and whichever commits second sees the first.
 */
@Component
public class TimeOffDesk {

    private final ClaimedTime claims;
    private final Repository<Therapist> therapists;

    public TimeOffDesk(ClaimedTime claims, @Qualifier("therapistRepository") Repository<Therapist> therapists) {
        this.claims = claims;
        this.therapists = therapists;
    }

    @CommandHandler
    public void handle(AddTimeOff command) {
        claims.lock(Resource.of(command.therapistId()));
        therapists.load(command.therapistId().value()).execute(therapist -> therapist.addTimeOff(command, claims));
    }
}

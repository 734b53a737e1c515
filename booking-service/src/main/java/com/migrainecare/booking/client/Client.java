package com.migrainecare.booking.client;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.migrainecare.booking.chain.Calendar;
import com.migrainecare.booking.chain.Reservation;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.client.ClientCommand.RecordClearance;
import com.migrainecare.kernel.client.ClientCommand.RecordIntake;
import com.migrainecare.kernel.client.ClientCommand.RegisterClient;
import com.migrainecare.kernel.client.ClientCommand.ReleaseClient;
import com.migrainecare.kernel.client.ClientCommand.ReserveClient;
import com.migrainecare.kernel.client.ClientEvent.ClearanceOverridden;
import com.migrainecare.kernel.client.ClientEvent.ClearanceRecorded;
import com.migrainecare.kernel.client.ClientEvent.ClientRegistered;
import com.migrainecare.kernel.client.ClientEvent.ClientReleased;
import com.migrainecare.kernel.client.ClientEvent.ClientReserved;
import com.migrainecare.kernel.client.ClientEvent.IntakeRecorded;
import com.migrainecare.kernel.ids.ClientId;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A client: who they are, what their intake says, which clearances they hold, and when they are booked. */
@Aggregate(cache = "aggregateCache", snapshotTriggerDefinition = "snapshotTrigger")
public class Client {

    @AggregateIdentifier
    private ClientId clientId;

    private ClearancePolicy clearancePolicy = new ClearancePolicy();
    private Calendar calendar = new Calendar();

    protected Client() {
        // rebuilt from events
    }

    @CommandHandler
    public Client(RegisterClient command) {
        if (command.name() == null || command.name().isBlank()) {
            throw new RuleViolation(ErrorCode.INVALID_REQUEST, "a client needs a name");
        }
        apply(new ClientRegistered(
                command.clientId(),
                command.name(),
                command.email(),
                command.phone(),
                command.timeZone(),
                command.locale(),
                command.reminders()));
    }

    @CommandHandler
    public void handle(RecordIntake command) {
        apply(new IntakeRecorded(clientId, command.intake()));
    }

    @CommandHandler
    public void handle(RecordClearance command) {
        apply(new ClearanceRecorded(clientId, command.clearance()));
    }

    @CommandHandler
    public boolean handle(ReserveClient command) {
        if (calendar.holds(command.bookingId(), command.slot())) {
            return false;
        }
        if (calendar.clashWith(command.bookingId(), command.slot()).isPresent()) {
            throw new RuleViolation(ErrorCode.CLIENT_DOUBLE_BOOKED, "the client already has a session then");
        }
        boolean needsOverride = clearancePolicy.requireFor(
                command.techniques(), command.includesNeck(), command.sessionDate(), command.overrideReason());
        if (needsOverride) {
            apply(new ClearanceOverridden(
                    clientId, command.bookingId(), command.techniques(), command.overrideReason()));
        }
        apply(new ClientReserved(clientId, command.bookingId(), command.slot()));
        return true;
    }

    /** @return whether a reservation was released (false: nothing was held) */
    @CommandHandler
    public boolean handle(ReleaseClient command) {
        if (!calendar.holds(command.bookingId(), command.slot())) {
            return false;
        }
        apply(new ClientReleased(clientId, command.bookingId(), command.slot()));
        return true;
    }

    @EventSourcingHandler
    void on(ClientRegistered event) {
        clientId = event.clientId();
    }

    @EventSourcingHandler
    void on(IntakeRecorded event) {
        clearancePolicy.intakeRecorded(event.intake());
    }

    @EventSourcingHandler
    void on(ClearanceRecorded event) {
        clearancePolicy.clearanceRecorded(event.clearance());
    }

    @EventSourcingHandler
    void on(ClientReserved event, @Timestamp Instant at) {
        calendar.add(new Reservation(event.bookingId(), null, event.slot()), at);
    }

    @EventSourcingHandler
    void on(ClientReleased event, @Timestamp Instant at) {
        calendar.remove(event.bookingId(), event.slot(), at);
    }
}

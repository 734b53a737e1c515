package com.migrainecare.booking.client;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.care.Intake;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.client.ClientCommand.ChangeReminderPreferences;
import com.migrainecare.kernel.client.ClientCommand.EraseClient;
import com.migrainecare.kernel.client.ClientCommand.RecordClearance;
import com.migrainecare.kernel.client.ClientCommand.RecordIntake;
import com.migrainecare.kernel.client.ClientCommand.RegisterClient;
import com.migrainecare.kernel.client.ClientEvent.ClearanceOverridden;
import com.migrainecare.kernel.client.ClientEvent.ClearanceRecorded;
import com.migrainecare.kernel.client.ClientEvent.ClientErased;
import com.migrainecare.kernel.client.ClientEvent.ClientRegistered;
import com.migrainecare.kernel.client.ClientEvent.IntakeRecorded;
import com.migrainecare.kernel.client.ClientEvent.ReminderPreferencesChanged;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A client: who they are, what their intake says, which clearances they hold. When they are booked is in the
 * claims table. Not cached: a booking command locks the client's claims and then reads this record (what it
 * checks, {@link BookingClearance}, is kept between bookings while the record has no new event).
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
@Revision("2")
public class Client {

    @AggregateIdentifier
    private ClientId clientId;

    private ClearancePolicy clearancePolicy = new ClearancePolicy();
    private Intake intake;
    private boolean erased;

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
    public void handle(ChangeReminderPreferences command) {
        ensureNotErased();
        ReminderPreferencesPolicy.requireFor(command.reminders().leadTimes());
        String locale = command.locale() == null || command.locale().isBlank() ? null : command.locale();
        apply(new ReminderPreferencesChanged(clientId, command.reminders(), command.timeZone(), locale));
    }

    @CommandHandler
    public void handle(RecordIntake command) {
        ensureNotErased();
        apply(new IntakeRecorded(clientId, command.intake()));
    }

    @CommandHandler
    public void handle(RecordClearance command) {
        ensureNotErased();
        apply(new ClearanceRecorded(clientId, command.clearance()));
    }

    /** Erasing twice changes nothing: the key is gone after the first time. */
    @CommandHandler
    public void handle(EraseClient command) {
        if (erased) {
            return;
        }
        apply(new ClientErased(clientId));
    }

    /** An erased client has no intake, no clearances and no way to be reached: nothing new is recorded for them. */
    void ensureNotErased() {
        if (erased) {
            throw erased(clientId);
        }
    }

    static RuleViolation erased(ClientId clientId) {
        return new RuleViolation(ErrorCode.CLIENT_ERASED, "the client's personal data was erased: " + clientId);
    }

    /** What a booking without an override checks of this record; see {@link BookingClearance}. */
    public BookingClearance bookingClearance() {
        return new BookingClearance(clientId, erased, clearancePolicy.copy());
    }

    /**
     * DOMAIN.md rule 2 for a session on {@code sessionDate}: neck-focused work needs a valid clearance when the
     * intake names a condition that asks for one; a manager's reason may stand in for it, and is recorded.
     */
    public void ensureCleared(
            BookingId booking,
            Set<Technique> techniques,
            boolean includesNeck,
            LocalDate sessionDate,
            String override) {
        ensureNotErased();
        boolean overridden = clearancePolicy.requireFor(techniques, includesNeck, sessionDate, override);
        if (overridden) {
            apply(new ClearanceOverridden(clientId, booking, Set.copyOf(techniques), override));
        }
    }

    /** What a care plan reads from the record: the intake, and whether neck work is cleared on {@code date}. */
    public CareProfile careProfile(LocalDate date) {
        ensureNotErased();
        if (intake == null) {
            throw new RuleViolation(ErrorCode.INTAKE_REQUIRED, "the client has no intake yet; record one first");
        }
        return new CareProfile(clientId, intake, clearancePolicy.neckWorkAllowedOn(date));
    }

    @EventSourcingHandler
    void on(ClientRegistered event) {
        clientId = event.clientId();
    }

    /** An intake or clearance of an erased client reads as absent (its key is gone): there is nothing to keep. */
    @EventSourcingHandler
    void on(IntakeRecorded event) {
        if (event.intake() != null) {
            intake = event.intake();
            clearancePolicy.intakeRecorded(event.intake());
        }
    }

    @EventSourcingHandler
    void on(ClearanceRecorded event) {
        if (event.clearance() != null) {
            clearancePolicy.clearanceRecorded(event.clearance());
        }
    }

    @EventSourcingHandler
    void on(ClientErased event) {
        erased = true;
        intake = null;
        clearancePolicy = new ClearancePolicy();
    }
}

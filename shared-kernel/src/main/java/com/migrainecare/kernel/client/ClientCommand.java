package com.migrainecare.kernel.client;

import com.migrainecare.kernel.care.Intake;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands for a client's profile, health record and calendar. */
public sealed interface ClientCommand {

    record RegisterClient(
            @TargetAggregateIdentifier ClientId clientId,
            String name,
            String email,
            String phone,
            ZoneId timeZone,
            String locale,
            ReminderPreferences reminders)
            implements ClientCommand {}

    record RecordIntake(@TargetAggregateIdentifier ClientId clientId, Intake intake) implements ClientCommand {}

    record RecordClearance(@TargetAggregateIdentifier ClientId clientId, Clearance clearance)
            implements ClientCommand {}

    /**
     * Holds the client for a session. {@code sessionDate} is the session's date at its location, against which
     * clearances are checked; {@code overrideReason} is a manager's reason to book neck work without one.
     */
    record ReserveClient(
            @TargetAggregateIdentifier ClientId clientId,
            BookingId bookingId,
            TimeSlot slot,
            LocalDate sessionDate,
            Set<Technique> techniques,
            boolean includesNeck,
            String overrideReason)
            implements ClientCommand {
        public ReserveClient {
            techniques = Set.copyOf(techniques);
        }
    }

    record ReleaseClient(@TargetAggregateIdentifier ClientId clientId, BookingId bookingId, TimeSlot slot)
            implements ClientCommand {}
}

package com.migrainecare.kernel.client;

import com.migrainecare.kernel.care.Intake;
import com.migrainecare.kernel.ids.ClientId;
import java.time.ZoneId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands for a client's profile and health record. */
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

    /**
     * New reminder preferences for a registered client: channels, quiet hours and lead times as given; the time
     * zone and language replace the registered ones when given and stay as they are when {@code null}.
     */
    record ChangeReminderPreferences(
            @TargetAggregateIdentifier ClientId clientId, ReminderPreferences reminders, ZoneId timeZone, String locale)
            implements ClientCommand {}

    record RecordIntake(@TargetAggregateIdentifier ClientId clientId, Intake intake) implements ClientCommand {}

    record RecordClearance(@TargetAggregateIdentifier ClientId clientId, Clearance clearance)
            implements ClientCommand {}

    /** Erase the client's personal data (the key that seals it); who asked and why travel as metadata. */
    record EraseClient(@TargetAggregateIdentifier ClientId clientId) implements ClientCommand {}
}

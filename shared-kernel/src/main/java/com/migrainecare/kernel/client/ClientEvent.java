package com.migrainecare.kernel.client;

import com.migrainecare.kernel.care.Intake;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import java.time.ZoneId;
import java.util.Set;
import org.axonframework.serialization.Revision;

/** Facts about clients. */
public sealed interface ClientEvent {

    ClientId clientId();

    @Revision("1")
    record ClientRegistered(
            ClientId clientId,
            String name,
            String email,
            String phone,
            ZoneId timeZone,
            String locale,
            ReminderPreferences reminders)
            implements ClientEvent {}

    /**
     * The client's reminder preferences from now on; {@code timeZone} and {@code locale} are {@code null} when
     * they stay as they were.
     */
    @Revision("1")
    record ReminderPreferencesChanged(ClientId clientId, ReminderPreferences reminders, ZoneId timeZone, String locale)
            implements ClientEvent {}

    @Revision("1")
    record IntakeRecorded(ClientId clientId, Intake intake) implements ClientEvent {}

    @Revision("1")
    record ClearanceRecorded(ClientId clientId, Clearance clearance) implements ClientEvent {}

    /** A manager booked neck-focused work without a clearance on record, and said why. */
    @Revision("1")
    record ClearanceOverridden(ClientId clientId, BookingId bookingId, Set<Technique> techniques, String reason)
            implements ClientEvent {}
}

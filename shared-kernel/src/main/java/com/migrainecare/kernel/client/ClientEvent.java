package com.migrainecare.kernel.client;

import com.migrainecare.kernel.care.Intake;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.privacy.AboutClient;
import com.migrainecare.kernel.privacy.PersonalData;
import java.time.ZoneId;
import java.util.Set;
import org.axonframework.serialization.Revision;

/** Facts about clients. */
public sealed interface ClientEvent {

    ClientId clientId();

    /** Revision 2: name, email and phone are sealed with the client's key (revision 1 stored them in clear). */
    @Revision("2")
    record ClientRegistered(
            ClientId clientId,
            @PersonalData String name,
            @PersonalData String email,
            @PersonalData String phone,
            ZoneId timeZone,
            String locale,
            ReminderPreferences reminders)
            implements ClientEvent, AboutClient {}

    /**
     * The client's reminder preferences from now on; {@code timeZone} and {@code locale} are {@code null} when
     * they stay as they were.
     */
    @Revision("1")
    record ReminderPreferencesChanged(ClientId clientId, ReminderPreferences reminders, ZoneId timeZone, String locale)
            implements ClientEvent {}

    /** Revision 2: the intake is sealed with the client's key; {@code null} once the client is erased. */
    @Revision("2")
    record IntakeRecorded(ClientId clientId, @PersonalData Intake intake) implements ClientEvent, AboutClient {}

    /** Revision 2: the clearance is sealed with the client's key; {@code null} once the client is erased. */
    @Revision("2")
    record ClearanceRecorded(
            ClientId clientId, @PersonalData Clearance clearance) implements ClientEvent, AboutClient {}

    /** A manager booked neck-focused work without a clearance on record, and said why. */
    @Revision("1")
    record ClearanceOverridden(ClientId clientId, BookingId bookingId, Set<Technique> techniques, String reason)
            implements ClientEvent {}

    /**
     * The client's personal data was erased: their key is deleted, so every personal field of their events reads
     * as absent from now on. The client's sessions stay (when, where, with whom on staff); their name does not.
     */
    @Revision("1")
    record ClientErased(ClientId clientId) implements ClientEvent {}
}

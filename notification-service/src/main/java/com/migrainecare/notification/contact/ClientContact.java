package com.migrainecare.notification.contact;

import com.migrainecare.kernel.client.ClientEvent.ClientRegistered;
import com.migrainecare.kernel.client.ClientEvent.ReminderPreferencesChanged;
import com.migrainecare.kernel.client.ReminderPreferences;
import com.migrainecare.kernel.client.ReminderPreferences.Channel;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How to reach one client and when not to. Times, zones and durations are kept as ISO strings so that the
 * document reads the same in every store; the accessors hand them back typed. {@code preferencesVersion} is the
 * version of the client's record that last changed the preferences (0: as registered); reminders planned under
 * changed preferences carry it in their id.
 */
@Document(ClientContact.COLLECTION)
public record ClientContact(
        @Id String clientId,
        String email,
        String phone,
        String timeZone,
        String locale,
        Set<Channel> channels,
        String quietFrom,
        String quietUntil,
        List<String> leadTimes,
        Long preferencesVersion) {

    static final String COLLECTION = "reminder_contacts";

    /** Contacts stored before preferences could change have no version: they are as registered. */
    public ClientContact {
        preferencesVersion = preferencesVersion == null ? 0L : preferencesVersion;
    }

    public static ClientContact of(ClientRegistered event) {
        ReminderPreferences preferences = event.reminders() == null ? ReminderPreferences.DEFAULT : event.reminders();
        return new ClientContact(
                event.clientId().value(),
                blankToNull(event.email()),
                blankToNull(event.phone()),
                event.timeZone() == null ? null : event.timeZone().getId(),
                blankToNull(event.locale()),
                preferences.channels(),
                preferences.quietFrom().toString(),
                preferences.quietUntil().toString(),
                preferences.leadTimes().stream().map(Duration::toString).toList(),
                0L);
    }

    /**
     * The contact after the client changed their reminder preferences in version {@code version} of their record;
     * the zone and language stay as they were when the change leaves them out.
     */
    public ClientContact with(ReminderPreferencesChanged change, long version) {
        ReminderPreferences preferences = change.reminders();
        return new ClientContact(
                clientId,
                email,
                phone,
                change.timeZone() == null ? timeZone : change.timeZone().getId(),
                change.locale() == null ? locale : blankToNull(change.locale()),
                preferences.channels(),
                preferences.quietFrom().toString(),
                preferences.quietUntil().toString(),
                preferences.leadTimes().stream().map(Duration::toString).toList(),
                version);
    }

    /** The client's zone, or {@code fallback} (the location's) when the client gave none. */
    public ZoneId zoneOr(ZoneId fallback) {
        return timeZone == null ? fallback : ZoneId.of(timeZone);
    }

    /** The client's language; English unless the client asked for another. */
    public Locale language() {
        return locale == null ? Locale.ENGLISH : Locale.forLanguageTag(locale.replace('_', '-'));
    }

    public ReminderPreferences preferences() {
        return new ReminderPreferences(
                channels,
                LocalTime.parse(quietFrom),
                LocalTime.parse(quietUntil),
                leadTimes.stream().map(Duration::parse).toList());
    }

    /** Where a message on {@code channel} goes, if the client gave an address for it. */
    public Optional<String> addressFor(Channel channel) {
        return Optional.ofNullable(channel == Channel.EMAIL ? email : phone);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

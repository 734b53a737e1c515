package com.migrainecare.bench.reminder;

import com.migrainecare.kernel.client.ReminderPreferences.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A planned reminder as the notification service stores it (its {@code Reminder} document, field for field):
 * a 2-hour e-mail reminder of a session that stands, SCHEDULED, never tried.
 */
@Document("reminders")
record SeededReminder(
        @Id String id,
        String bookingId,
        String clientId,
        String kind,
        String leadTime,
        Channel channel,
        long bookingVersion,
        Instant sessionStart,
        String sessionZone,
        Instant plannedFor,
        Instant dueAt,
        String status,
        String reason,
        int attempts,
        String lastError,
        Instant sentAt) {

    static SeededReminder due(String bookingId, String clientId, Instant dueAt) {
        String id = bookingId + ":PRE_SESSION-PT2H:v0:EMAIL";
        Instant start = dueAt.plusSeconds(7_200);
        return new SeededReminder(
                id,
                bookingId,
                clientId,
                "PRE_SESSION",
                "PT2H",
                Channel.EMAIL,
                0,
                start,
                "Europe/Berlin",
                dueAt,
                dueAt,
                "SCHEDULED",
                null,
                0,
                null,
                null);
    }

    /** A client as the notification service keeps it (its {@code ClientContact} document): e-mail, English. */
    @Document("reminder_contacts")
    record Contact(
            @Id String clientId,
            String email,
            String phone,
            String timeZone,
            String locale,
            Set<Channel> channels,
            String quietFrom,
            String quietUntil,
            List<String> leadTimes) {

        static Contact of(String clientId) {
            return new Contact(
                    clientId,
                    clientId + "@bench.invalid",
                    null,
                    "Europe/Berlin",
                    "en",
                    Set.of(Channel.EMAIL),
                    "21:00",
                    "08:00",
                    List.of("PT48H", "PT2H"));
        }
    }

    /** What became of a reminder: when it was due and, if it went out, when it was handed over. */
    @Document("reminders")
    record Outcome(@Id String id, Instant dueAt, String status, Instant sentAt) {}
}

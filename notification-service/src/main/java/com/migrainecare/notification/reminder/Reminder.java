package com.migrainecare.notification.reminder;

import com.migrainecare.kernel.client.ReminderPreferences.Channel;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One reminder on one channel about one version of a booking. {@code plannedFor} is when the rules wanted it,
 * {@code dueAt} when it goes out (earlier for quiet hours, now when planned late). The id is made of the
 * booking, the kind, the booking version and the channel, so planning the same event twice finds the same
 * reminder.
 */
@Document(Reminder.COLLECTION)
public record Reminder(
        @Id String id,
        String bookingId,
        String clientId,
        ReminderKind kind,
        String leadTime,
        Channel channel,
        long bookingVersion,
        Instant sessionStart,
        String sessionZone,
        Instant plannedFor,
        Instant dueAt,
        ReminderStatus status,
        String reason,
        int attempts,
        String lastError,
        Instant sentAt,
        Instant replyBy) {

    static final String COLLECTION = "reminders";

    /** What the message is about (booking, kind, booking version): the same on every channel and every try. */
    public String idempotencyKey() {
        return keyOf(bookingId, kind, leadTime, bookingVersion);
    }

    static String keyOf(String bookingId, ReminderKind kind, String leadTime, long bookingVersion) {
        String what = kind == ReminderKind.PRE_SESSION ? kind + "-" + leadTime : kind.name();
        return bookingId + ":" + what + ":v" + bookingVersion;
    }

    ZoneId zone() {
        return ZoneId.of(sessionZone);
    }

    static String idOf(String idempotencyKey, Channel channel) {
        return idOf(idempotencyKey, channel, 0);
    }

    /**
     * The id of the reminder planned under the client's preferences of version {@code preferencesVersion} (0: as
     * registered, which keeps the ids of reminders planned before preferences could change).
     */
    static String idOf(String idempotencyKey, Channel channel, long preferencesVersion) {
        return idempotencyKey + (preferencesVersion == 0 ? "" : ":p" + preferencesVersion) + ":" + channel;
    }

    Reminder skipped(String why) {
        return new Reminder(
                id,
                bookingId,
                clientId,
                kind,
                leadTime,
                channel,
                bookingVersion,
                sessionStart,
                sessionZone,
                plannedFor,
                dueAt,
                ReminderStatus.SKIPPED,
                why,
                attempts,
                lastError,
                sentAt,
                replyBy);
    }

    Reminder dueAt(Instant when) {
        return new Reminder(
                id,
                bookingId,
                clientId,
                kind,
                leadTime,
                channel,
                bookingVersion,
                sessionStart,
                sessionZone,
                plannedFor,
                when,
                status,
                reason,
                attempts,
                lastError,
                sentAt,
                replyBy);
    }
}

package com.migrainecare.notification.reminder;

import com.migrainecare.kernel.careplan.CarePlanEvent.CadenceNudgeDue;
import com.migrainecare.kernel.client.ReminderPreferences;
import com.migrainecare.kernel.client.ReminderPreferences.Channel;
import com.migrainecare.kernel.waitlist.WaitlistEvent.SlotOffered;
import com.migrainecare.notification.contact.ClientContact;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * When the messages that are not about a booked session go out, on each of the client's channels. A waitlist
 * offer goes out at once, quiet hours or not: the slot is held only briefly, and an offer that waited for the
 * morning would often be gone. A care plan's nudge is not urgent: it waits for the end of the quiet hours. The
 * reminder's {@code bookingId} is the waitlist entry or the care plan it is about; its version, the event's.
 */
final class MessageRules {

    static final String OFFER_TOO_LATE = "the offered slot's hold had ended when the offer was planned";
    static final String NUDGE_TOO_LATE = "the nudge was more than a day old when it was planned";
    static final Duration NUDGE_KEPT = Duration.ofDays(1);

    private final Clock clock;

    MessageRules(Clock clock) {
        this.clock = clock;
    }

    List<Reminder> offer(SlotOffered offer, long version, ClientContact contact) {
        Instant now = now();
        ZoneId zone = contact == null ? ZoneOffset.UTC : contact.zoneOr(ZoneOffset.UTC);
        List<Reminder> messages = new ArrayList<>();
        for (Reminder message : messages(
                offer.entryId().value(),
                offer.clientId().value(),
                ReminderKind.WAITLIST_OFFER,
                version,
                offer.slot().start(),
                offer.holdUntil(),
                zone,
                now,
                contact)) {
            messages.add(offer.holdUntil().isAfter(now) ? message : message.skipped(OFFER_TOO_LATE));
        }
        return messages;
    }

    /** A nudge planned more than a day after it was raised (a replay into an empty schedule) is not sent. */
    List<Reminder> nudge(CadenceNudgeDue nudge, long version, Instant raisedAt, ClientContact contact) {
        Instant now = now();
        ZoneId zone = contact == null ? ZoneOffset.UTC : contact.zoneOr(ZoneOffset.UTC);
        ReminderPreferences preferences = ReminderRules.preferencesOf(contact);
        Instant due = new QuietHours(preferences.quietFrom(), preferences.quietUntil()).earliestOutside(now, zone);
        Instant around = nudge.dueOn().atTime(LocalTime.NOON).atZone(zone).toInstant();
        return messages(
                        nudge.carePlanId().value(),
                        nudge.clientId().value(),
                        ReminderKind.CADENCE_NUDGE,
                        version,
                        around,
                        null,
                        zone,
                        now,
                        contact)
                .stream()
                .map(message -> message.status() != ReminderStatus.SCHEDULED
                        ? message
                        : now.isAfter(raisedAt.plus(NUDGE_KEPT)) ? message.skipped(NUDGE_TOO_LATE) : message.dueAt(due))
                .toList();
    }

    private static List<Reminder> messages(
            String subjectId,
            String clientId,
            ReminderKind kind,
            long version,
            Instant about,
            Instant replyBy,
            ZoneId zone,
            Instant now,
            ClientContact contact) {
        List<Reminder> messages = new ArrayList<>();
        String key = Reminder.keyOf(subjectId, kind, null, version);
        for (Channel channel : ReminderRules.sorted(ReminderRules.preferencesOf(contact))) {
            Reminder message = new Reminder(
                    Reminder.idOf(key, channel),
                    subjectId,
                    clientId,
                    kind,
                    null,
                    channel,
                    version,
                    about.truncatedTo(ChronoUnit.MILLIS),
                    zone.getId(),
                    now,
                    now,
                    ReminderStatus.SCHEDULED,
                    null,
                    0,
                    null,
                    null,
                    replyBy);
            messages.add(ReminderRules.withoutAddressSkipped(message, contact));
        }
        return messages;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}

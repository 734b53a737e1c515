package com.migrainecare.notification.reminder;

import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.notification.contact.ClientContact;
import com.migrainecare.notification.contact.ClientContacts;
import com.migrainecare.notification.delivery.Channels;
import com.migrainecare.notification.delivery.Delivery;
import com.migrainecare.notification.session.WatchedSession;
import com.migrainecare.notification.session.WatchedSessions;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends one due reminder; db-scheduler runs it on exactly one instance. It checks again that the reminder is
 * still SCHEDULED and, before a session, that the session still stands; a reminder handed over already (the
 * instance stopped before it could say so) is marked SENT without sending again. A refusal propagates, so that
 * {@link ReminderRetries} decides on the next try.
 */
@Component
class ReminderDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ReminderDispatcher.class);

    private final Reminders reminders;
    private final ClientContacts contacts;
    private final WatchedSessions sessions;
    private final ReminderTexts texts;
    private final Channels channels;
    private final ReminderMetrics metrics;

    ReminderDispatcher(
            Reminders reminders,
            ClientContacts contacts,
            WatchedSessions sessions,
            ReminderTexts texts,
            Channels channels,
            ReminderMetrics metrics) {
        this.reminders = reminders;
        this.contacts = contacts;
        this.sessions = sessions;
        this.texts = texts;
        this.channels = channels;
        this.metrics = metrics;
    }

    void dispatch(String reminderId) {
        Reminder reminder = reminders.find(reminderId).orElse(null);
        if (reminder == null || reminder.status() != ReminderStatus.SCHEDULED) {
            log.debug("Reminder {} is no longer scheduled; nothing sent", reminderId);
            return;
        }
        Optional<Delivery> earlier = channels.deliveryOf(reminderId);
        if (earlier.isPresent()) {
            reminders.markSent(reminderId, earlier.get().handedOverAt());
            return;
        }
        if (reminder.kind() == ReminderKind.PRE_SESSION && !sessionStands(reminder)) {
            reminders.withdraw(reminderId, "the session no longer stands");
            return;
        }
        ClientContact contact = contacts.findById(reminder.clientId()).orElse(null);
        Optional<String> address = contact == null ? Optional.empty() : contact.addressFor(reminder.channel());
        if (address.isEmpty()) {
            if (reminders.skip(reminderId, ReminderRules.NO_ADDRESS)) {
                metrics.skipped(reminder);
            }
            return;
        }
        Delivery delivery = channels.send(texts.compose(reminder, contact, address.get()));
        if (reminders.markSent(reminderId, delivery.handedOverAt())) {
            metrics.sent(reminder, Duration.between(reminder.dueAt(), delivery.handedOverAt()));
        }
    }

    private boolean sessionStands(Reminder reminder) {
        return sessions.find(new BookingId(reminder.bookingId()))
                .filter(session -> session.lastSequence() >= reminder.bookingVersion())
                .map(WatchedSession::stands)
                .orElse(true);
    }
}

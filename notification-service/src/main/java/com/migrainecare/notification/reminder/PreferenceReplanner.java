package com.migrainecare.notification.reminder;

import com.migrainecare.kernel.client.ClientEvent.ReminderPreferencesChanged;
import com.migrainecare.notification.contact.ClientContact;
import com.migrainecare.notification.contact.ClientContactProjection;
import com.migrainecare.notification.contact.ClientContacts;
import com.migrainecare.platform.access.Narrowing;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Follows a change of a client's reminder preferences (channels, quiet hours, lead times, zone, language): the
 * contact takes the new preferences, and every session of the client that still stands is re-planned. The
 * reminders still pending under the old preferences are withdrawn, those still to come under the new ones are
 * planned (their ids carry the preferences' version), and a reminder already handed over is not sent again. In
 * the planner's processor, so it sees the sessions and contact exactly as they were at that point of the stream;
 * handling the event again plans the same ids and withdraws nothing new.
 */
@Component
@ProcessingGroup(ClientContactProjection.PROCESSING_GROUP)
class PreferenceReplanner {

    static final String CHANGED = "the client changed their reminder preferences";

    private final ClientContacts contacts;
    private final PlannedSessions sessions;
    private final ReminderRules rules;
    private final Reminders reminders;
    private final ReminderPlanner planner;

    PreferenceReplanner(
            ClientContacts contacts,
            PlannedSessions sessions,
            ReminderRules rules,
            Reminders reminders,
            ReminderPlanner planner) {
        this.contacts = contacts;
        this.sessions = sessions;
        this.rules = rules;
        this.reminders = reminders;
        this.planner = planner;
    }

    @EventHandler
    void on(ReminderPreferencesChanged event, @SequenceNumber long version) {
        ClientContact stored = contacts.findById(event.clientId().value()).orElse(null);
        if (stored == null) {
            return;
        }
        ClientContact contact = stored.preferencesVersion() > version ? stored : stored.with(event, version);
        contacts.save(contact);
        for (PlannedSession session : sessions.standingOf(contact.clientId())) {
            replan(session, contact);
        }
    }

    private void replan(PlannedSession session, ClientContact contact) {
        Set<String> handedOver =
                reminders.search(null, session.bookingId(), ReminderStatus.SENT, Narrowing.EVERYTHING).stream()
                        .map(ReminderPlanner::deliveryKey)
                        .collect(Collectors.toSet());
        List<Reminder> next = rules.afterPreferencesChange(session.facts(), contact).stream()
                .filter(reminder -> !handedOver.contains(ReminderPlanner.deliveryKey(reminder)))
                .toList();
        Set<String> keep = next.stream().map(Reminder::id).collect(Collectors.toSet());
        planner.withdraw(
                reminders.search(null, session.bookingId(), ReminderStatus.SCHEDULED, Narrowing.EVERYTHING).stream()
                        .filter(pending -> pending.kind() == ReminderKind.PRE_SESSION && !keep.contains(pending.id()))
                        .toList(),
                CHANGED);
        planner.plan(next);
    }
}

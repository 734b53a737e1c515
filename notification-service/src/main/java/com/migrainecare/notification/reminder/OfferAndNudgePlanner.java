package com.migrainecare.notification.reminder;

import com.migrainecare.kernel.careplan.CarePlanEvent.CadenceNudgeDue;
import com.migrainecare.kernel.careplan.CarePlanEvent.CarePlanEnded;
import com.migrainecare.kernel.waitlist.WaitlistEvent;
import com.migrainecare.kernel.waitlist.WaitlistEvent.OfferAccepted;
import com.migrainecare.kernel.waitlist.WaitlistEvent.OfferDeclined;
import com.migrainecare.kernel.waitlist.WaitlistEvent.OfferExpired;
import com.migrainecare.kernel.waitlist.WaitlistEvent.SlotOffered;
import com.migrainecare.kernel.waitlist.WaitlistEvent.WaitlistLeft;
import com.migrainecare.notification.contact.ClientContact;
import com.migrainecare.notification.contact.ClientContactProjection;
import com.migrainecare.notification.contact.ClientContacts;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Plans the messages of care-plan nudges and waitlist offers through the same schedule, timers and channels as
 * the session reminders. An offer not yet handed over is withdrawn once the client accepts or declines it, its
 * hold expires or the client leaves the waitlist; a nudge not yet handed over, once its care plan has ended.
 * Planned once per event (the id carries its sequence number), so handling an event again or replaying the stream
 * plans nothing twice.
 */
@Component
@ProcessingGroup(ClientContactProjection.PROCESSING_GROUP)
class OfferAndNudgePlanner {

    private final MessageRules rules;
    private final ReminderPlanner planner;
    private final Reminders reminders;
    private final ClientContacts contacts;

    OfferAndNudgePlanner(MessageRules rules, ReminderPlanner planner, Reminders reminders, ClientContacts contacts) {
        this.rules = rules;
        this.planner = planner;
        this.reminders = reminders;
        this.contacts = contacts;
    }

    @EventHandler
    void on(CadenceNudgeDue event, @SequenceNumber long version, @Timestamp Instant raisedAt) {
        planner.plan(
                rules.nudge(event, version, raisedAt, contactOf(event.clientId().value())));
    }

    @EventHandler
    void on(CarePlanEnded event, @SequenceNumber long version) {
        planner.withdraw(
                reminders.scheduledBefore(event.carePlanId().value(), version).stream()
                        .filter(nudge -> nudge.kind() == ReminderKind.CADENCE_NUDGE)
                        .toList(),
                "the care plan ended");
    }

    @EventHandler
    void on(SlotOffered event, @SequenceNumber long version) {
        planner.plan(rules.offer(event, version, contactOf(event.clientId().value())));
    }

    @EventHandler
    void on(OfferAccepted event, @SequenceNumber long version) {
        withdrawOffer(event, version, "the client accepted the offer");
    }

    @EventHandler
    void on(OfferDeclined event, @SequenceNumber long version) {
        withdrawOffer(event, version, "the client declined the offer");
    }

    @EventHandler
    void on(OfferExpired event, @SequenceNumber long version) {
        withdrawOffer(event, version, "the offer's hold ran out");
    }

    @EventHandler
    void on(WaitlistLeft event, @SequenceNumber long version) {
        withdrawOffer(event, version, "the client left the waitlist");
    }

    private void withdrawOffer(WaitlistEvent event, long version, String reason) {
        planner.withdraw(
                reminders.scheduledBefore(event.entryId().value(), version).stream()
                        .filter(offer -> offer.kind() == ReminderKind.WAITLIST_OFFER)
                        .toList(),
                reason);
    }

    private ClientContact contactOf(String clientId) {
        return contacts.findById(clientId).orElse(null);
    }
}

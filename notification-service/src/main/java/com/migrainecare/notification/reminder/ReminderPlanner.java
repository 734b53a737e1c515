package com.migrainecare.notification.reminder;

import com.migrainecare.kernel.booking.BookingEvent;
import com.migrainecare.kernel.booking.BookingEvent.ClientCheckedIn;
import com.migrainecare.kernel.booking.BookingEvent.HeldSessionConfirmed;
import com.migrainecare.kernel.booking.BookingEvent.HoldReleased;
import com.migrainecare.kernel.booking.BookingEvent.NoShowRecorded;
import com.migrainecare.kernel.booking.BookingEvent.SessionBooked;
import com.migrainecare.kernel.booking.BookingEvent.SessionCancelled;
import com.migrainecare.kernel.booking.BookingEvent.SessionCompleted;
import com.migrainecare.kernel.booking.BookingEvent.SessionRescheduled;
import com.migrainecare.notification.contact.ClientContact;
import com.migrainecare.notification.contact.ClientContactProjection;
import com.migrainecare.notification.contact.ClientContacts;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Plans and withdraws reminders as bookings change. The booking version is the event's sequence number: a
 * reminder is planned once per (booking, kind, version, channel), and a change withdraws only what earlier
 * versions planned, so handling an event again, or replaying the stream, leaves the schedule as it was. A
 * reset keeps the reminders on purpose: they are also the record of what was sent. A tentative session (a care
 * plan's proposal, {@code SessionHeld}) gets no reminders until the client accepts it.
 */
@Component
@ProcessingGroup(ClientContactProjection.PROCESSING_GROUP)
class ReminderPlanner {

    private final ReminderRules rules;
    private final Reminders reminders;
    private final ReminderSchedule schedule;
    private final ClientContacts contacts;
    private final ReminderMetrics metrics;
    private final PlannedSessions sessions;

    ReminderPlanner(
            ReminderRules rules,
            Reminders reminders,
            ReminderSchedule schedule,
            ClientContacts contacts,
            ReminderMetrics metrics,
            PlannedSessions sessions) {
        this.rules = rules;
        this.reminders = reminders;
        this.schedule = schedule;
        this.contacts = contacts;
        this.metrics = metrics;
        this.sessions = sessions;
    }

    @EventHandler
    void on(SessionBooked event, @SequenceNumber long version) {
        SessionFacts facts = SessionFacts.of(event, version);
        sessions.record(PlannedSession.of(facts, true));
        plan(rules.beforeSession(facts, contactOf(event)));
    }

    /**
     * A proposed session the client accepted: reminded from now on like a booked one. While it was only held
     * (tentative) nothing was planned for it, so there is nothing to withdraw.
     */
    @EventHandler
    void on(HeldSessionConfirmed event, @SequenceNumber long version) {
        plan(rules.beforeSession(SessionFacts.of(event, version), contactOf(event)));
    }

    @EventHandler
    void on(HoldReleased event, @SequenceNumber long version) {
        withdrawBefore(event, version, event.expired() ? "the proposal expired" : "the proposal was declined");
    }

    @EventHandler
    void on(SessionRescheduled event, @SequenceNumber long version) {
        withdrawBefore(event, version, "the session was rescheduled");
        SessionFacts facts = SessionFacts.of(event, version);
        sessions.record(PlannedSession.of(facts, true));
        plan(rules.beforeSession(facts, contactOf(event)));
    }

    @EventHandler
    void on(SessionCancelled event, @SequenceNumber long version) {
        ended(event, version, "the session was cancelled");
    }

    @EventHandler
    void on(NoShowRecorded event, @SequenceNumber long version) {
        ended(event, version, "the client did not come");
    }

    @EventHandler
    void on(ClientCheckedIn event, @SequenceNumber long version) {
        ended(event, version, "the client has arrived");
    }

    @EventHandler
    void on(SessionCompleted event, @SequenceNumber long version, @Timestamp Instant completedAt) {
        ended(event, version, "the session took place");
        plan(rules.afterSession(SessionFacts.of(event, version), completedAt, contactOf(event)));
    }

    /** Stores and sets the timers of {@code planned}; a reminder planned before is left as it is. */
    void plan(List<Reminder> planned) {
        for (Reminder reminder : planned) {
            boolean fresh = reminders.planOnce(reminder);
            Reminder stored = fresh ? reminder : reminders.find(reminder.id()).orElse(reminder);
            if (stored.status() == ReminderStatus.SCHEDULED) {
                // also when not fresh: the first try may have stored the reminder and lost its transaction
                schedule.schedule(stored);
            }
            if (fresh) {
                metrics.planned(reminder);
            }
        }
    }

    /** The session no longer stands: nothing more is planned before it, and what was pending is withdrawn. */
    private void ended(BookingEvent event, long version, String reason) {
        sessions.record(PlannedSession.of(SessionFacts.of(event, version), false));
        withdrawBefore(event, version, reason);
    }

    private void withdrawBefore(BookingEvent event, long version, String reason) {
        withdraw(reminders.scheduledBefore(event.bookingId().value(), version), reason);
    }

    /**
     * Withdraws those of {@code pending} still SCHEDULED whose timers no dispatcher holds, and removes their
     * timers (see {@link ReminderSchedule#cancelUnlessClaimed}).
     */
    void withdraw(List<Reminder> pending, String reason) {
        for (Reminder reminder : pending) {
            if (schedule.cancelUnlessClaimed(reminder.id()) && reminders.withdraw(reminder.id(), reason)) {
                metrics.withdrawn(reminder);
            }
        }
    }

    /** What a client receives: the same message (idempotency key) on the same channel. */
    static String deliveryKey(Reminder reminder) {
        return reminder.idempotencyKey() + ":" + reminder.channel();
    }

    private ClientContact contactOf(BookingEvent event) {
        return contacts.findById(event.clientId().value()).orElse(null);
    }
}

package com.migrainecare.notification.reminder;

import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.notification.contact.ClientContact;
import com.migrainecare.notification.contact.ClientContacts;
import com.migrainecare.notification.delivery.Channels;
import com.migrainecare.notification.delivery.Delivery;
import com.migrainecare.notification.reminder.Reminders.Ending;
import com.migrainecare.notification.session.WatchedSession;
import com.migrainecare.notification.session.WatchedSessions;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Sends due reminders a batch at a time. One batch costs a handful of round trips to the stores whatever its size
 * (claim the timers; read the reminders, earlier deliveries, contacts and sessions; record the endings; remove the
 * timers) plus, per reminder, the hand-over and (grouped, {@link DispatchOutcomes}) the insert of its delivery.
 *
 * <p>The guarantees: a claimed timer is a lease ({@link ReminderSchedule}), so an instance that stops leaves its
 * batch to another once the lease ends, and two instances never hold the same timer. A planner withdraws a
 * reminder only while no dispatcher holds its timer ({@link ReminderSchedule#cancelUnlessClaimed}); once the
 * timer is held the dispatcher decides, and it checks the session itself, withdrawing the reminder if the session
 * no longer stands. A reminder already handed over (its delivery is on record: the instance stopped before it
 * could record the ending) is marked SENT without sending again. Nothing is handed over in the second half of a
 * lease, so that a slow batch does not overlap the next holder; what is left is released at once.
 */
@Component
class ReminderDispatcher {

    private static final String INSTANCE = instanceName();

    private final Reminders reminders;
    private final ReminderSchedule schedule;
    private final ClientContacts contacts;
    private final WatchedSessions sessions;
    private final ReminderTexts texts;
    private final Channels channels;
    private final ReminderMetrics metrics;
    private final ReminderRetries retries;
    private final ReminderDispatchProperties properties;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    ReminderDispatcher(
            Reminders reminders,
            ReminderSchedule schedule,
            ClientContacts contacts,
            WatchedSessions sessions,
            ReminderTexts texts,
            Channels channels,
            ReminderMetrics metrics,
            ReminderRetries retries,
            ReminderDispatchProperties properties,
            Clock clock) {
        this.reminders = reminders;
        this.schedule = schedule;
        this.contacts = contacts;
        this.sessions = sessions;
        this.texts = texts;
        this.channels = channels;
        this.metrics = metrics;
        this.retries = retries;
        this.properties = properties;
        this.clock = clock;
    }

    /** Claims one batch of due reminders and sends it; returns how many timers it claimed. */
    int dispatchDue() {
        Claim claim = claim();
        send(claim);
        return claim.reminderIds().size();
    }

    /** Claims up to a batch of the timers due now, under a new claim that lasts one lease. */
    Claim claim() {
        Instant now = clock.instant();
        String name = INSTANCE + "/" + UUID.randomUUID();
        Instant leaseEnd = now.plus(properties.lease());
        return new Claim(
                name,
                now.plus(properties.lease().dividedBy(2)),
                schedule.claim(name, now, leaseEnd, properties.batchSize()));
    }

    /** Sends what {@code claim} holds. */
    void send(Claim claim) {
        if (claim.reminderIds().isEmpty()) {
            return;
        }
        List<String> done = new ArrayList<>();
        List<Reminder> due = new ArrayList<>();
        Map<String, Reminder> found = byId(reminders.findAll(claim.reminderIds()), Reminder::id);
        for (String id : claim.reminderIds()) {
            Reminder reminder = found.get(id);
            if (reminder == null || !isPending(reminder)) {
                done.add(id);
            } else {
                due.add(reminder);
            }
        }
        DispatchOutcomes outcomes = new DispatchOutcomes();
        deliver(claim, due, outcomes);
        reminders.finish(outcomes.endings);
        done.addAll(outcomes.endings.stream().map(Ending::id).toList());
        schedule.done(claim.name(), done);
        outcomes.afterwards.forEach(Runnable::run);
        Instant now = clock.instant();
        outcomes.refused.forEach((reminder, error) -> retries.refused(reminder, claim.name(), error, now));
    }

    private void deliver(Claim claim, List<Reminder> due, DispatchOutcomes outcomes) {
        Map<String, Delivery> earlier =
                channels.deliveriesOf(due.stream().map(Reminder::id).toList());
        Map<String, ClientContact> contactsById = byId(
                contacts.findAllById(
                        due.stream().map(Reminder::clientId).distinct().toList()),
                ClientContact::clientId);
        Map<String, WatchedSession> sessionsById = byId(
                sessions.findAll(due.stream()
                        .filter(reminder -> reminder.kind() == ReminderKind.PRE_SESSION)
                        .map(reminder -> new BookingId(reminder.bookingId()))
                        .toList()),
                WatchedSession::bookingId);
        for (Reminder reminder : due) {
            if (outcomes.recordDue(clock.instant())) {
                channels.record(outcomes.takeUnrecorded());
            }
            if (!clock.instant().isBefore(claim.handOverUntil())) {
                schedule.release(claim.name(), reminder.id(), clock.instant());
                continue;
            }
            Delivery before = earlier.get(reminder.id());
            if (before != null) {
                outcomes.endings.add(Ending.sent(reminder.id(), before.handedOverAt()));
            } else if (reminder.kind() == ReminderKind.PRE_SESSION
                    && !stands(reminder, sessionsById.get(reminder.bookingId()))) {
                outcomes.end(reminder, ReminderStatus.WITHDRAWN, "the session no longer stands", metrics::withdrawn);
            } else {
                handOver(reminder, contactsById.get(reminder.clientId()), outcomes);
            }
        }
        channels.record(outcomes.takeUnrecorded());
    }

    private void handOver(Reminder reminder, ClientContact contact, DispatchOutcomes outcomes) {
        String address =
                contact == null ? null : contact.addressFor(reminder.channel()).orElse(null);
        if (address == null) {
            outcomes.end(reminder, ReminderStatus.SKIPPED, ReminderRules.NO_ADDRESS, metrics::skipped);
            return;
        }
        try {
            Delivery delivery = channels.handOver(texts.compose(reminder, contact, address));
            outcomes.handedOver(delivery, clock.instant());
            outcomes.endings.add(Ending.sent(reminder.id(), delivery.handedOverAt()));
            outcomes.afterwards.add(
                    () -> metrics.sent(reminder, Duration.between(reminder.dueAt(), delivery.handedOverAt())));
        } catch (RuntimeException refused) {
            outcomes.refused.put(reminder, refused);
        }
    }

    /** A session not (yet) watched, or watched only in an earlier version, counts as standing. */
    private static boolean stands(Reminder reminder, WatchedSession session) {
        return session == null || session.lastSequence() < reminder.bookingVersion() || session.stands();
    }

    /** SCHEDULED, or SENDING as an earlier version left it under a claim that has since lapsed. */
    private static boolean isPending(Reminder reminder) {
        return reminder.status() == ReminderStatus.SCHEDULED || reminder.status() == ReminderStatus.SENDING;
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }

    private static String instanceName() {
        String name = ManagementFactory.getRuntimeMXBean().getName();
        return name.length() > 60 ? name.substring(0, 60) : name;
    }

    /** The timers one claim holds, and until when it may still hand reminders over. */
    record Claim(String name, Instant handOverUntil, List<String> reminderIds) {}
}

package com.migrainecare.notification.reminder;

import com.migrainecare.kernel.client.ReminderPreferences;
import com.migrainecare.kernel.client.ReminderPreferences.Channel;
import com.migrainecare.notification.contact.ClientContact;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When each reminder goes out. Lead times count real hours before the session (48 h before a Monday 10:00
 * after the spring clock change is Saturday 09:00); quiet hours, in the client's zone, move a reminder earlier;
 * a reminder whose time has passed when it is planned goes out at once if the session is still ahead, and of
 * several such only the one nearest the session; a reminder that would go out no earlier than a later one is
 * superseded by it.
 */
public final class ReminderRules {

    static final String SESSION_BEGUN = "the session had begun when the reminder was planned";
    static final String SUPERSEDED = "a reminder nearer the session goes out at the same time or earlier";
    static final String NO_ADDRESS = "the client gave no address for this channel";
    static final String TOO_LATE = "the session ended too long ago for a follow-up";

    private final ReminderPolicy policy;
    private final Clock clock;

    public ReminderRules(ReminderPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** The pre-session reminders of {@code session} on each of the client's channels, longest lead first. */
    public List<Reminder> beforeSession(SessionFacts session, ClientContact contact) {
        Instant now = now();
        ReminderPreferences preferences = preferencesOf(contact);
        QuietHours quiet = new QuietHours(preferences.quietFrom(), preferences.quietUntil());
        ZoneId zone = clientZone(session, contact);
        List<Duration> leads = preferences.leadTimes().stream()
                .distinct()
                .sorted(Comparator.reverseOrder())
                .toList();
        List<Instant> due = leads.stream()
                .map(lead -> latest(quiet.latestOutside(session.start().minus(lead), zone), now))
                .toList();
        List<Reminder> reminders = new ArrayList<>();
        for (Channel channel : sorted(preferences)) {
            for (int i = 0; i < leads.size(); i++) {
                Reminder reminder = reminder(
                                session,
                                ReminderKind.PRE_SESSION,
                                leads.get(i),
                                channel,
                                session.start().minus(leads.get(i)),
                                contact)
                        .dueAt(due.get(i));
                if (!session.start().isAfter(now)) {
                    reminder = reminder.skipped(SESSION_BEGUN);
                } else if (supersededLater(due, i)) {
                    reminder = reminder.skipped(SUPERSEDED);
                }
                reminders.add(withoutAddressSkipped(reminder, contact));
            }
        }
        return reminders;
    }

    /**
     * The follow-up of a completed session: {@code followUpDelay} after it ended (or was completed, if later),
     * earlier for quiet hours but not before the completion, at once if that time has passed, and not at all
     * once {@code followUpLatest} has gone by since.
     */
    public List<Reminder> afterSession(SessionFacts session, Instant completedAt, ClientContact contact) {
        Instant now = now();
        ReminderPreferences preferences = preferencesOf(contact);
        QuietHours quiet = new QuietHours(preferences.quietFrom(), preferences.quietUntil());
        Instant ended = latest(session.end(), completedAt);
        Instant planned = ended.plus(policy.followUpDelay());
        Instant due = latest(latest(quiet.latestOutside(planned, clientZone(session, contact)), completedAt), now);
        List<Reminder> reminders = new ArrayList<>();
        for (Channel channel : sorted(preferences)) {
            Reminder reminder = reminder(session, ReminderKind.FOLLOW_UP, null, channel, planned, contact)
                    .dueAt(truncate(due));
            if (now.isAfter(ended.plus(policy.followUpLatest()))) {
                reminder = reminder.skipped(TOO_LATE);
            }
            reminders.add(withoutAddressSkipped(reminder, contact));
        }
        return reminders;
    }

    /**
     * The pre-session reminders of a standing session after the client changed their preferences: those still to
     * come under the new ones. A reminder whose time has passed is not made up for (the client was reminded, or
     * not, under the preferences of that time).
     */
    public List<Reminder> afterPreferencesChange(SessionFacts session, ClientContact contact) {
        Instant now = now();
        return beforeSession(session, contact).stream()
                .filter(reminder -> reminder.status() == ReminderStatus.SCHEDULED)
                .filter(reminder -> reminder.plannedFor().isAfter(now))
                .toList();
    }

    private static boolean supersededLater(List<Instant> due, int index) {
        for (int later = index + 1; later < due.size(); later++) {
            if (!due.get(later).isAfter(due.get(index))) {
                return true;
            }
        }
        return false;
    }

    static Reminder withoutAddressSkipped(Reminder reminder, ClientContact contact) {
        boolean unreachable =
                contact != null && contact.addressFor(reminder.channel()).isEmpty();
        return unreachable && reminder.status() == ReminderStatus.SCHEDULED ? reminder.skipped(NO_ADDRESS) : reminder;
    }

    private static Reminder reminder(
            SessionFacts session,
            ReminderKind kind,
            Duration lead,
            Channel channel,
            Instant plannedFor,
            ClientContact contact) {
        String leadTime = lead == null ? null : lead.toString();
        String key = Reminder.keyOf(session.bookingId(), kind, leadTime, session.version());
        return new Reminder(
                Reminder.idOf(key, channel, contact == null ? 0 : contact.preferencesVersion()),
                session.bookingId(),
                session.clientId(),
                kind,
                leadTime,
                channel,
                session.version(),
                session.start(),
                session.zone().getId(),
                truncate(plannedFor),
                null,
                ReminderStatus.SCHEDULED,
                null,
                0,
                null,
                null,
                null);
    }

    static ReminderPreferences preferencesOf(ClientContact contact) {
        return contact == null ? ReminderPreferences.DEFAULT : contact.preferences();
    }

    private static ZoneId clientZone(SessionFacts session, ClientContact contact) {
        return contact == null ? session.zone() : contact.zoneOr(session.zone());
    }

    static List<Channel> sorted(ReminderPreferences preferences) {
        return preferences.channels().stream().sorted().toList();
    }

    private Instant now() {
        return truncate(clock.instant());
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** The store keeps milliseconds; planning in milliseconds makes a replanned reminder compare equal. */
    private static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }
}

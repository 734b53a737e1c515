package com.migrainecare.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrainecare.kernel.client.ClientEvent.ClientRegistered;
import com.migrainecare.kernel.client.ReminderPreferences;
import com.migrainecare.kernel.client.ReminderPreferences.Channel;
import com.migrainecare.notification.contact.ClientContact;
import com.migrainecare.notification.contact.ClientContacts;
import com.migrainecare.notification.session.BookingEvents;
import com.migrainecare.platform.access.Narrowing;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The planner against the embedded Mongo-wire server, fed booking events in order, twice, and replayed. */
class ReminderPlannerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.HOURS), ZoneOffset.UTC);

    private List<String> timers;
    private SimpleMeterRegistry meters;
    private final BookingEvents session =
            BookingEvents.sessionAt(CLOCK.instant().plus(Duration.ofDays(7)).plus(Duration.ofHours(2)));
    private final BookingEvents moved =
            session.movedTo(session.placement().slot().start().plus(Duration.ofDays(1)));

    private Reminders reminders;
    private ReminderPlanner planner;
    private ClientContacts contacts;

    @BeforeEach
    void freshDatabase() {
        PlannerFixture fixture = new PlannerFixture(CLOCK);
        timers = fixture.timers;
        meters = fixture.meters;
        reminders = fixture.reminders;
        contacts = fixture.contacts;
        planner = fixture.planner;
    }

    @Test
    void aBookingIsRemindedOnEveryChannelTheClientChose() {
        contacts.save(ClientContact.of(registered(EnumSet.of(Channel.EMAIL, Channel.SMS))));

        planner.on(session.booked(), 0);

        List<Reminder> scheduled = of(ReminderStatus.SCHEDULED);
        assertThat(scheduled).hasSize(4);
        assertThat(scheduled).extracting(Reminder::channel).containsOnly(Channel.EMAIL, Channel.SMS);
        assertThat(timers).containsExactlyInAnyOrderElementsOf(ids(scheduled));
        assertThat(meters.get("reminders.scheduled").counters()).isNotEmpty();
    }

    @Test
    void theSameEventTwicePlansTheSameReminders() {
        contacts.save(ClientContact.of(registered(EnumSet.of(Channel.EMAIL))));
        planner.on(session.booked(), 0);
        List<Reminder> once = all();

        planner.on(session.booked(), 0);

        assertThat(all()).isEqualTo(once);
        assertThat(meters.counter("reminders.scheduled", "kind", "PRE_SESSION", "channel", "EMAIL")
                        .count())
                .isEqualTo(2.0);
    }

    @Test
    void aRescheduleWithdrawsTheOldRemindersAndPlansNewOnes() {
        planner.on(session.booked(), 0);
        List<String> old = ids(of(ReminderStatus.SCHEDULED));

        planner.on(session.rescheduledTo(moved), 1);

        assertThat(of(ReminderStatus.WITHDRAWN)).extracting(Reminder::id).containsExactlyInAnyOrderElementsOf(old);
        assertThat(of(ReminderStatus.SCHEDULED)).hasSize(2).allSatisfy(reminder -> {
            assertThat(reminder.bookingVersion()).isEqualTo(1);
            assertThat(reminder.sessionStart())
                    .isEqualTo(moved.placement().slot().start());
        });
        assertThat(timers).containsAll(old.stream().map(id -> "cancel " + id).toList());
    }

    @Test
    void anErasedClientsRegistrationReplayedPlansNothingToSend() {
        // after the erasure the registration reads with its personal fields absent
        contacts.save(ClientContact.of(new ClientRegistered(session.clientId(), null, null, null, null, null, null)));

        planner.on(session.booked(), 0);

        assertThat(all()).isNotEmpty().allSatisfy(reminder -> assertThat(reminder.status())
                .isEqualTo(ReminderStatus.SKIPPED));
        assertThat(timers).isEmpty();
    }

    @Test
    void replayingTheStreamLeavesTheScheduleAsItWas() {
        planner.on(session.booked(), 0);
        planner.on(session.rescheduledTo(moved), 1);
        List<Reminder> before = all();

        planner.on(session.booked(), 0);
        planner.on(session.rescheduledTo(moved), 1);

        assertThat(all()).isEqualTo(before);
        assertThat(of(ReminderStatus.SCHEDULED))
                .extracting(Reminder::bookingVersion)
                .containsOnly(1L);
    }

    @Test
    void aCancellationWithdrawsEveryPendingReminder() {
        planner.on(session.booked(), 0);

        planner.on(session.cancelled(false), 1);

        assertThat(of(ReminderStatus.SCHEDULED)).isEmpty();
        assertThat(of(ReminderStatus.WITHDRAWN)).hasSize(2).allSatisfy(reminder -> assertThat(reminder.reason())
                .isEqualTo("the session was cancelled"));
    }

    @Test
    void anAcceptedProposalIsRemindedLikeABookedSession() {
        planner.on(session.heldConfirmed(), 1);

        assertThat(of(ReminderStatus.SCHEDULED)).hasSize(2).allSatisfy(reminder -> {
            assertThat(reminder.kind()).isEqualTo(ReminderKind.PRE_SESSION);
            assertThat(reminder.bookingVersion()).isEqualTo(1);
        });
    }

    @Test
    void aDeclinedProposalLeavesNothingScheduled() {
        planner.on(session.released(false), 1);

        assertThat(all()).isEmpty();
        assertThat(timers).isEmpty();
    }

    @Test
    void aCompletedSessionGetsItsFollowUp() {
        planner.on(session.booked(), 0);
        Instant completed = session.placement().slot().end();

        planner.on(session.completed(), 2, completed);

        List<Reminder> scheduled = of(ReminderStatus.SCHEDULED);
        assertThat(scheduled).singleElement().satisfies(followUp -> {
            assertThat(followUp.kind()).isEqualTo(ReminderKind.FOLLOW_UP);
            assertThat(followUp.bookingVersion()).isEqualTo(2);
        });
    }

    private ClientRegistered registered(EnumSet<Channel> channels) {
        return new ClientRegistered(
                session.clientId(),
                "Ada",
                "ada@example.org",
                "+4930123456",
                ZoneId.of("Europe/Berlin"),
                "de",
                new ReminderPreferences(channels, LocalTime.of(22, 0), LocalTime.of(7, 0)));
    }

    private List<Reminder> all() {
        return reminders.search(null, session.bookingId().value(), null, Narrowing.EVERYTHING);
    }

    private List<Reminder> of(ReminderStatus status) {
        return reminders.search(null, session.bookingId().value(), status, Narrowing.EVERYTHING);
    }

    private static List<String> ids(List<Reminder> list) {
        return list.stream().map(Reminder::id).toList();
    }
}

package com.migrainecare.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrainecare.kernel.client.ClientEvent.ClientRegistered;
import com.migrainecare.kernel.client.ClientEvent.ReminderPreferencesChanged;
import com.migrainecare.kernel.client.ReminderPreferences;
import com.migrainecare.kernel.client.ReminderPreferences.Channel;
import com.migrainecare.notification.contact.ClientContact;
import com.migrainecare.notification.session.BookingEvents;
import com.migrainecare.platform.access.Narrowing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A client's new reminder preferences re-plan the sessions that stand, and only those, once. */
class PreferenceReplannerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.HOURS), ZoneOffset.UTC);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final BookingEvents session =
            BookingEvents.sessionAt(CLOCK.instant().plus(Duration.ofDays(7)).plus(Duration.ofHours(2)));
    private PlannerFixture fixture;

    @BeforeEach
    void freshDatabase() {
        fixture = new PlannerFixture(CLOCK);
        fixture.contacts.save(ClientContact.of(registered()));
    }

    @Test
    void newLeadTimesReplanAStandingSession() {
        fixture.planner.on(session.booked(), 0);
        List<String> before = ids(of(ReminderStatus.SCHEDULED));

        fixture.replanner.on(changed(Set.of(Channel.EMAIL), List.of(Duration.ofHours(24)), null, null), 3);

        assertThat(of(ReminderStatus.WITHDRAWN))
                .extracting(Reminder::id)
                .containsExactlyInAnyOrderElementsOf(before)
                .hasSize(2);
        assertThat(of(ReminderStatus.WITHDRAWN))
                .allSatisfy(old -> assertThat(old.reason()).isEqualTo(PreferenceReplanner.CHANGED));
        assertThat(of(ReminderStatus.SCHEDULED)).singleElement().satisfies(reminder -> {
            assertThat(reminder.leadTime()).isEqualTo("PT24H");
            assertThat(reminder.id()).endsWith(":p3:EMAIL");
            assertThat(fixture.timers).contains(reminder.id());
        });
    }

    @Test
    void newChannelsAndZoneReachTheContact() {
        fixture.planner.on(session.booked(), 0);

        fixture.replanner.on(changed(Set.of(Channel.SMS), null, ZoneId.of("America/Chicago"), "en"), 2);

        ClientContact contact =
                fixture.contacts.findById(session.clientId().value()).orElseThrow();
        assertThat(contact.timeZone()).isEqualTo("America/Chicago");
        assertThat(contact.locale()).isEqualTo("en");
        assertThat(contact.preferencesVersion()).isEqualTo(2L);
        assertThat(of(ReminderStatus.SCHEDULED))
                .hasSize(2)
                .extracting(Reminder::channel)
                .containsOnly(Channel.SMS);
    }

    @Test
    void aReminderHandedOverIsNotSentAgainAfterAChange() {
        fixture.planner.on(session.booked(), 0);
        Reminder first = of(ReminderStatus.SCHEDULED).get(0);
        fixture.reminders.markSent(first.id(), CLOCK.instant());

        fixture.replanner.on(
                changed(Set.of(Channel.EMAIL), List.of(Duration.ofHours(48), Duration.ofHours(2)), null, null), 4);

        assertThat(of(ReminderStatus.SCHEDULED))
                .singleElement()
                .satisfies(reminder -> assertThat(reminder.idempotencyKey()).isNotEqualTo(first.idempotencyKey()));
    }

    @Test
    void handlingAChangeTwiceOrReplayingItLeavesTheSameSchedule() {
        ReminderPreferencesChanged change =
                changed(Set.of(Channel.EMAIL, Channel.SMS), List.of(Duration.ofHours(24)), null, "de");
        fixture.planner.on(session.booked(), 0);
        fixture.replanner.on(change, 5);
        List<Reminder> once = all();

        fixture.replanner.on(change, 5);
        fixture.contacts.save(ClientContact.of(registered()));
        fixture.planner.on(session.booked(), 0);
        fixture.replanner.on(change, 5);

        assertThat(all()).isEqualTo(once);
        assertThat(of(ReminderStatus.SCHEDULED)).hasSize(2);
    }

    @Test
    void aCancelledSessionIsNotReplanned() {
        fixture.planner.on(session.booked(), 0);
        fixture.planner.on(session.cancelled(false), 1);

        fixture.replanner.on(changed(Set.of(Channel.SMS), null, null, null), 2);

        assertThat(of(ReminderStatus.SCHEDULED)).isEmpty();
        assertThat(of(ReminderStatus.WITHDRAWN))
                .allSatisfy(reminder -> assertThat(reminder.reason()).isEqualTo("the session was cancelled"));
    }

    private ClientRegistered registered() {
        return new ClientRegistered(
                session.clientId(),
                "Ada",
                "ada@example.org",
                "+4930123456",
                BERLIN,
                "de",
                new ReminderPreferences(EnumSet.of(Channel.EMAIL), LocalTime.of(22, 0), LocalTime.of(7, 0)));
    }

    private ReminderPreferencesChanged changed(
            Set<Channel> channels, List<Duration> leadTimes, ZoneId zone, String locale) {
        return new ReminderPreferencesChanged(
                session.clientId(),
                new ReminderPreferences(channels, LocalTime.of(21, 0), LocalTime.of(8, 0), leadTimes),
                zone,
                locale);
    }

    private List<Reminder> all() {
        return fixture.reminders.search(null, session.bookingId().value(), null, Narrowing.EVERYTHING);
    }

    private List<Reminder> of(ReminderStatus status) {
        return fixture.reminders.search(null, session.bookingId().value(), status, Narrowing.EVERYTHING);
    }

    private static List<String> ids(List<Reminder> list) {
        return list.stream().map(Reminder::id).toList();
    }
}

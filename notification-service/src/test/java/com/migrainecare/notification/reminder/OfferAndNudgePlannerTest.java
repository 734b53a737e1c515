package com.migrainecare.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.careplan.CarePlanEvent.CadenceNudgeDue;
import com.migrainecare.kernel.careplan.CarePlanEvent.CarePlanEnded;
import com.migrainecare.kernel.client.ClientEvent.ClientRegistered;
import com.migrainecare.kernel.client.ReminderPreferences;
import com.migrainecare.kernel.client.ReminderPreferences.Channel;
import com.migrainecare.kernel.ids.CarePlanId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.ids.WaitlistEntryId;
import com.migrainecare.kernel.time.TimeSlot;
import com.migrainecare.kernel.waitlist.WaitlistEvent.OfferDeclined;
import com.migrainecare.kernel.waitlist.WaitlistEvent.SlotOffered;
import com.migrainecare.notification.contact.ClientContact;
import com.migrainecare.notification.delivery.OutgoingMessage;
import com.migrainecare.platform.access.Narrowing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Waitlist offers go out at once and are withdrawn when answered; care-plan nudges wait for the quiet hours. */
class OfferAndNudgePlannerTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final ClientId client = ClientId.random();
    private final WaitlistEntryId entry = new WaitlistEntryId("entry-" + client.value());

    @Test
    void aSlotOfferGoesOutAtOnceOnEveryChannel() {
        Clock clock = clockAt(LocalTime.of(23, 0));
        PlannerFixture fixture = fixture(clock);

        fixture.offers.on(offer(clock), 1);

        List<Reminder> offers = of(fixture, entry.value(), ReminderStatus.SCHEDULED);
        assertThat(offers).hasSize(2).allSatisfy(offer -> {
            assertThat(offer.kind()).isEqualTo(ReminderKind.WAITLIST_OFFER);
            assertThat(offer.dueAt()).isEqualTo(clock.instant());
        });
        assertThat(fixture.timers).containsExactlyInAnyOrderElementsOf(ids(offers));
    }

    @Test
    void anAnsweredOfferNotYetSentIsWithdrawn() {
        Clock clock = clockAt(LocalTime.of(12, 0));
        PlannerFixture fixture = fixture(clock);
        fixture.offers.on(offer(clock), 1);

        fixture.offers.on(new OfferDeclined(entry, client), 2);
        fixture.offers.on(offer(clock), 1);

        assertThat(of(fixture, entry.value(), ReminderStatus.SCHEDULED)).isEmpty();
        assertThat(of(fixture, entry.value(), ReminderStatus.WITHDRAWN))
                .hasSize(2)
                .allSatisfy(offer -> assertThat(offer.reason()).isEqualTo("the client declined the offer"));
    }

    @Test
    void aNudgeInTheQuietHoursWaitsForTheirEnd() {
        Clock clock = clockAt(LocalTime.of(23, 0));
        PlannerFixture fixture = fixture(clock);
        CarePlanId plan = CarePlanId.of(client);

        fixture.offers.on(nudge(plan, clock), 4, clock.instant());

        Instant morning = ZonedDateTime.ofInstant(clock.instant(), BERLIN)
                .toLocalDate()
                .plusDays(1)
                .atTime(LocalTime.of(7, 0))
                .atZone(BERLIN)
                .toInstant();
        assertThat(of(fixture, plan.value(), ReminderStatus.SCHEDULED))
                .hasSize(2)
                .allSatisfy(nudge -> {
                    assertThat(nudge.kind()).isEqualTo(ReminderKind.CADENCE_NUDGE);
                    assertThat(nudge.dueAt()).isEqualTo(morning);
                });
    }

    @Test
    void aNudgeNotYetSentIsWithdrawnWhenItsCarePlanEnds() {
        Clock clock = clockAt(LocalTime.of(23, 0));
        PlannerFixture fixture = fixture(clock);
        CarePlanId plan = CarePlanId.of(client);
        fixture.offers.on(nudge(plan, clock), 4, clock.instant());

        fixture.offers.on(new CarePlanEnded(plan, client, clock.instant(), false), 5);

        assertThat(of(fixture, plan.value(), ReminderStatus.SCHEDULED)).isEmpty();
        assertThat(of(fixture, plan.value(), ReminderStatus.WITHDRAWN))
                .hasSize(2)
                .allSatisfy(nudge -> assertThat(nudge.reason()).isEqualTo("the care plan ended"));
        assertThat(fixture.timers)
                .containsAll(of(fixture, plan.value(), ReminderStatus.WITHDRAWN).stream()
                        .map(nudge -> "cancel " + nudge.id())
                        .toList());
    }

    @Test
    void aNudgeReplayedDaysLaterIsNotSent() {
        Clock clock = clockAt(LocalTime.of(12, 0));
        PlannerFixture fixture = fixture(clock);
        CarePlanId plan = CarePlanId.of(client);

        fixture.offers.on(nudge(plan, clock), 4, clock.instant().minus(Duration.ofDays(3)));

        assertThat(of(fixture, plan.value(), ReminderStatus.SCHEDULED)).isEmpty();
        assertThat(of(fixture, plan.value(), ReminderStatus.SKIPPED))
                .hasSize(2)
                .allSatisfy(nudge -> assertThat(nudge.reason()).isEqualTo(MessageRules.NUDGE_TOO_LATE));
        assertThat(fixture.timers).isEmpty();
    }

    @Test
    void offerAndNudgeTextsNameOnlyTheTime() {
        Clock clock = clockAt(LocalTime.of(12, 0));
        PlannerFixture fixture = fixture(clock);
        fixture.offers.on(offer(clock), 1);
        fixture.offers.on(nudge(CarePlanId.of(client), clock), 2, clock.instant());
        ReminderTexts texts = new ReminderTexts(ReminderPolicy.defaults());
        ClientContact contact = fixture.contacts.findById(client.value()).orElseThrow();

        for (Reminder message :
                fixture.reminders.search(client.value(), null, ReminderStatus.SCHEDULED, Narrowing.EVERYTHING)) {
            OutgoingMessage text = texts.compose(message, contact, "ada@example.org");
            assertThat(text.subject() + text.body()).doesNotContain("{").doesNotContain("igraine");
            if (message.kind() == ReminderKind.WAITLIST_OFFER) {
                assertThat(text.subject()).startsWith("Ein Termin am ");
                // the hold ends 30 minutes after the offer, at 12:30 on the clock's day
                assertThat(text.body()).contains("14:00").contains("bis ").contains("12:30");
            } else {
                assertThat(text.subject()).isEqualTo("Zeit für Ihre nächste Massagesitzung");
            }
        }
    }

    private PlannerFixture fixture(Clock clock) {
        PlannerFixture fixture = new PlannerFixture(clock);
        fixture.contacts.save(ClientContact.of(new ClientRegistered(
                client,
                "Ada",
                "ada@example.org",
                "+4930123456",
                BERLIN,
                "de",
                new ReminderPreferences(
                        EnumSet.of(Channel.EMAIL, Channel.SMS), LocalTime.of(21, 0), LocalTime.of(7, 0)))));
        return fixture;
    }

    /** A fixed clock at {@code time} in Berlin, three days from now. */
    private static Clock clockAt(LocalTime time) {
        LocalDate day = LocalDate.now(BERLIN).plusDays(3);
        return Clock.fixed(day.atTime(time).atZone(BERLIN).toInstant(), BERLIN);
    }

    private SlotOffered offer(Clock clock) {
        Instant start = LocalDate.now(clock)
                .plusDays(2)
                .atTime(LocalTime.of(14, 0))
                .atZone(BERLIN)
                .toInstant();
        return new SlotOffered(
                entry,
                client,
                new LocationId("location-berlin"),
                new TherapistId("therapist-1"),
                new RoomId("room-1"),
                Technique.EFFLEURAGE,
                TimeSlot.of(start, Duration.ofMinutes(45)),
                clock.instant().plus(Duration.ofMinutes(30)));
    }

    private CadenceNudgeDue nudge(CarePlanId plan, Clock clock) {
        return new CadenceNudgeDue(
                plan,
                client,
                new LocationId("location-berlin"),
                new TherapistId("therapist-1"),
                LocalDate.now(clock).plusDays(5),
                List.of());
    }

    private static List<Reminder> of(PlannerFixture fixture, String subject, ReminderStatus status) {
        return fixture.reminders.search(null, subject, status, Narrowing.EVERYTHING);
    }

    private static List<String> ids(List<Reminder> list) {
        return list.stream().map(Reminder::id).toList();
    }
}

package com.migrainecare.booking.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.migrainecare.booking.booking.SessionDesk;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.booking.PlaceRequest;
import com.migrainecare.kernel.booking.Placement;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.chain.CancellationPolicy;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.ids.WaitlistEntryId;
import com.migrainecare.kernel.time.TimeSlot;
import com.migrainecare.kernel.waitlist.WaitlistCommand.AcceptOffer;
import com.migrainecare.kernel.waitlist.WaitlistCommand.DeclineOffer;
import com.migrainecare.kernel.waitlist.WaitlistCommand.JoinWaitlist;
import com.migrainecare.kernel.waitlist.WaitlistCommand.LeaveWaitlist;
import com.migrainecare.kernel.waitlist.WaitlistCommand.OfferSlot;
import com.migrainecare.kernel.waitlist.WaitlistEvent.OfferAccepted;
import com.migrainecare.kernel.waitlist.WaitlistEvent.OfferDeclined;
import com.migrainecare.kernel.waitlist.WaitlistEvent.OfferExpired;
import com.migrainecare.kernel.waitlist.WaitlistEvent.SlotOffered;
import com.migrainecare.kernel.waitlist.WaitlistEvent.WaitlistJoined;
import com.migrainecare.kernel.waitlist.WaitlistEvent.WaitlistLeft;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One client's place on the waitlist: joining, an offer placed by the desk and held by a deadline, accepting,
 * declining, expiring and leaving. The clock is fixed at {@link #NOW}; every time is counted from it.
 */
class WaitlistEntryAggregateTest {

    private static final Instant NOW = Instant.parse("2025-03-03T08:00:00Z");
    private static final WaitlistEntryId ENTRY = new WaitlistEntryId("entry-1");
    private static final ClientId MARA = new ClientId("client-mara");
    private static final TherapistId ANNA = new TherapistId("therapist-anna");
    private static final LocationId BERLIN = new LocationId("location-berlin");
    private static final LocationId POTSDAM = new LocationId("location-potsdam");
    private static final RoomId SAGE = new RoomId("room-sage");
    private static final Duration HOLD = Duration.ofMinutes(30);

    /** Mara waits from tomorrow for a week. */
    private static final TimeSlot WINDOW = new TimeSlot(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(8)));
    /** A 45-minute slot two days ahead, inside the window. */
    private static final TimeSlot SLOT = TimeSlot.of(NOW.plus(Duration.ofDays(2)), Duration.ofMinutes(45));

    private static final WaitlistJoined JOINED =
            new WaitlistJoined(ENTRY, MARA, Technique.TRIGGER_POINT, Set.of(BERLIN, POTSDAM), WINDOW);
    private static final SlotOffered OFFERED =
            new SlotOffered(ENTRY, MARA, BERLIN, ANNA, SAGE, Technique.TRIGGER_POINT, SLOT, NOW.plus(HOLD));

    private final List<PlaceRequest> asked = new ArrayList<>();
    private final List<BookingId> askedFor = new ArrayList<>();
    private RuleViolation refusal;
    private AggregateTestFixture<WaitlistEntry> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WaitlistEntry.class);
        fixture.registerInjectableResource(new SessionDesk() {
            @Override
            public Placement place(
                    BookingId booking,
                    ClientId client,
                    Set<Technique> techniques,
                    boolean includesNeck,
                    PlaceRequest request,
                    RoomId preferredRoom,
                    String clearanceOverrideReason) {
                asked.add(request);
                askedFor.add(booking);
                if (refusal != null) {
                    throw refusal;
                }
                return new Placement(
                        request.therapistId(),
                        request.locationId(),
                        SAGE,
                        request.slot(),
                        ZoneId.of("Europe/Berlin"),
                        CancellationPolicy.STANDARD);
            }

            @Override
            public void ensureClientSpacing(BookingId booking, ClientId client, TimeSlot slot, Duration spacing) {
                throw new AssertionError("an offer does not ask for spacing");
            }
        });
    }

    @Test
    void canJoinWaitlist() {
        fixture.givenCurrentTime(NOW)
                .when(new JoinWaitlist(ENTRY, MARA, Technique.TRIGGER_POINT, Set.of(BERLIN, POTSDAM), WINDOW))
                .expectEvents(JOINED)
                .expectScheduledDeadlineWithName(WINDOW.end(), WaitlistEntry.WINDOW_END);
    }

    @Test
    void cannotJoinWithWindowThatHasPassed() {
        TimeSlot past = new TimeSlot(NOW.minus(Duration.ofDays(2)), NOW);
        fixture.givenCurrentTime(NOW)
                .when(new JoinWaitlist(ENTRY, MARA, Technique.TRIGGER_POINT, Set.of(BERLIN), past))
                .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                .expectNoEvents();
    }

    @Test
    void cannotJoinWithoutLocation() {
        fixture.givenCurrentTime(NOW)
                .when(new JoinWaitlist(ENTRY, MARA, Technique.TRIGGER_POINT, Set.of(), WINDOW))
                .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                .expectNoEvents();
    }

    @Test
    void cannotJoinForMoreThanAQuarter() {
        TimeSlot long_ = TimeSlot.of(NOW.plus(Duration.ofDays(1)), WaitlistPolicy.LONGEST_WINDOW.plusDays(1));
        fixture.givenCurrentTime(NOW)
                .when(new JoinWaitlist(ENTRY, MARA, Technique.TRIGGER_POINT, Set.of(BERLIN), long_))
                .expectException(refusedWith(ErrorCode.INVALID_REQUEST))
                .expectNoEvents();
    }

    @Test
    void slotIsOfferedAndHeldUnderTheBookingItWouldBecome() {
        waiting()
                .when(new OfferSlot(ENTRY, BERLIN, ANNA, null, SLOT, NOW.plus(HOLD)))
                .expectEvents(OFFERED)
                .expectScheduledDeadlineWithName(NOW.plus(HOLD), WaitlistEntry.OFFER_HOLD);
        assertThat(asked).containsExactly(new PlaceRequest(ANNA, BERLIN, null, SLOT));
        assertThat(askedFor).containsExactly(WaitlistEntry.heldBooking(ENTRY));
    }

    @Test
    void cannotOfferSlotOutsideWindow() {
        TimeSlot late = TimeSlot.of(WINDOW.end().minus(Duration.ofMinutes(30)), Duration.ofMinutes(45));
        waiting()
                .when(new OfferSlot(ENTRY, BERLIN, ANNA, null, late, NOW.plus(HOLD)))
                .expectException(refusedWith(ErrorCode.SLOT_OUTSIDE_WAITLIST_WINDOW))
                .expectNoEvents();
        assertThat(asked).isEmpty();
    }

    @Test
    void cannotOfferSlotAtAnotherLocation() {
        waiting()
                .when(new OfferSlot(ENTRY, new LocationId("location-hamburg"), ANNA, null, SLOT, NOW.plus(HOLD)))
                .expectException(refusedWith(ErrorCode.SLOT_OUTSIDE_WAITLIST_WINDOW))
                .expectNoEvents();
    }

    @Test
    void slotTheClientCannotTakeIsNotOffered() {
        refusal = new RuleViolation(ErrorCode.CLIENT_DOUBLE_BOOKED, "the client already has a session then");
        waiting()
                .when(new OfferSlot(ENTRY, BERLIN, ANNA, null, SLOT, NOW.plus(HOLD)))
                .expectException(refusedWith(ErrorCode.CLIENT_DOUBLE_BOOKED))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void cannotOfferSecondSlotWhileOneIsHeld() {
        offered()
                .when(new OfferSlot(ENTRY, BERLIN, ANNA, null, SLOT, NOW.plus(HOLD)))
                .expectException(refusedWith(ErrorCode.ENTRY_NOT_WAITING))
                .expectNoEvents();
    }

    @Test
    void canAcceptOfferWhileHeld() {
        BookingId booking = WaitlistEntry.heldBooking(ENTRY);
        offeredAt(NOW.plus(HOLD).minusSeconds(1))
                .when(new AcceptOffer(ENTRY, booking))
                .expectEvents(new OfferAccepted(ENTRY, MARA, booking))
                .expectResultMessagePayload(OFFERED);
    }

    @Test
    void cannotAcceptOfferOnceHoldRanOut() {
        offeredAt(NOW.plus(HOLD))
                .when(new AcceptOffer(ENTRY, WaitlistEntry.heldBooking(ENTRY)))
                .expectException(refusedWith(ErrorCode.OFFER_EXPIRED))
                .expectNoEvents();
    }

    @Test
    void cannotAcceptWithoutOffer() {
        waiting()
                .when(new AcceptOffer(ENTRY, WaitlistEntry.heldBooking(ENTRY)))
                .expectException(refusedWith(ErrorCode.NO_OPEN_OFFER))
                .expectNoEvents();
    }

    @Test
    void canDeclineOffer() {
        offered().when(new DeclineOffer(ENTRY)).expectEvents(new OfferDeclined(ENTRY, MARA));
    }

    @Test
    void cannotDeclineWithoutOffer() {
        waiting()
                .when(new DeclineOffer(ENTRY))
                .expectException(refusedWith(ErrorCode.NO_OPEN_OFFER))
                .expectNoEvents();
    }

    @Test
    void offerExpiresAfterHold() {
        offered().whenTimeElapses(HOLD).expectEvents(new OfferExpired(ENTRY, MARA));
    }

    @Test
    void holdOfAnEarlierOfferDoesNotEndTheNextOne() {
        SlotOffered second = new SlotOffered(
                ENTRY, MARA, BERLIN, ANNA, SAGE, Technique.TRIGGER_POINT, SLOT, NOW.plus(Duration.ofMinutes(40)));
        offered()
                .andGiven(new OfferDeclined(ENTRY, MARA), second)
                .whenTimeElapses(Duration.ofMinutes(35))
                .expectNoEvents();
    }

    @Test
    void declinedOfferDoesNotExpireLater() {
        offered().andGiven(new OfferDeclined(ENTRY, MARA)).whenTimeElapses(HOLD).expectNoEvents();
    }

    @Test
    void canLeaveWaitlist() {
        waiting().when(new LeaveWaitlist(ENTRY)).expectEvents(new WaitlistLeft(ENTRY, MARA));
    }

    @Test
    void canLeaveWhileHoldingOffer() {
        offered().when(new LeaveWaitlist(ENTRY)).expectEvents(new WaitlistLeft(ENTRY, MARA));
    }

    @Test
    void cannotLeaveAfterAccepting() {
        offered()
                .andGiven(new OfferAccepted(ENTRY, MARA, WaitlistEntry.heldBooking(ENTRY)))
                .when(new LeaveWaitlist(ENTRY))
                .expectException(refusedWith(ErrorCode.WAITLIST_ENTRY_CLOSED))
                .expectNoEvents();
    }

    @Test
    void cannotLeaveTwice() {
        waiting()
                .andGiven(new WaitlistLeft(ENTRY, MARA))
                .when(new LeaveWaitlist(ENTRY))
                .expectException(refusedWith(ErrorCode.WAITLIST_ENTRY_CLOSED))
                .expectNoEvents();
    }

    @Test
    void entryLeavesWhenWindowPasses() {
        fixture.givenCurrentTime(NOW)
                .andGivenCommands(
                        new JoinWaitlist(ENTRY, MARA, Technique.TRIGGER_POINT, Set.of(BERLIN, POTSDAM), WINDOW))
                .whenThenTimeElapses(Duration.between(NOW, WINDOW.end()))
                .expectEvents(new WaitlistLeft(ENTRY, MARA));
    }

    @Test
    void heldBookingIsTheSameForOneEntryAndDiffersBetweenEntries() {
        assertThat(WaitlistEntry.heldBooking(ENTRY))
                .isEqualTo(WaitlistEntry.heldBooking(new WaitlistEntryId("entry-1")));
        assertThat(WaitlistEntry.heldBooking(ENTRY))
                .isNotEqualTo(WaitlistEntry.heldBooking(new WaitlistEntryId("entry-2")));
    }

    private TestExecutor<WaitlistEntry> waiting() {
        return fixture.givenCurrentTime(NOW).andGiven(JOINED);
    }

    /** Mara holds an offer, made at {@link #NOW} with its deadline scheduled as the offer command does. */
    private TestExecutor<WaitlistEntry> offered() {
        return fixture.givenCurrentTime(NOW)
                .andGiven(JOINED)
                .andGivenCommands(new OfferSlot(ENTRY, BERLIN, ANNA, null, SLOT, NOW.plus(HOLD)));
    }

    /** Mara holds the offer made at {@link #NOW}; the clock reads {@code now}. */
    private TestExecutor<WaitlistEntry> offeredAt(Instant now) {
        return fixture.givenCurrentTime(now).andGiven(JOINED, OFFERED);
    }

    private static Matcher<RuleViolation> refusedWith(ErrorCode code) {
        return new FeatureMatcher<>(equalTo(code), "a RuleViolation with code", "code") {
            @Override
            protected ErrorCode featureValueOf(RuleViolation violation) {
                return violation.code();
            }
        };
    }
}

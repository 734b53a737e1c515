package com.migrainecare.booking.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.booking.PlaceRequest;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.WaitlistEntryId;
import com.migrainecare.kernel.time.TimeSlot;
import com.migrainecare.kernel.waitlist.WaitlistCommand.JoinWaitlist;
import com.migrainecare.kernel.waitlist.WaitlistCommand.LeaveWaitlist;
import com.migrainecare.kernel.waitlist.WaitlistCommand.OfferSlot;
import com.migrainecare.kernel.waitlist.WaitlistEvent.OfferAccepted;
import com.migrainecare.kernel.waitlist.WaitlistEvent.WaitlistLeft;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One client's place on the waitlist: joining, an offer placed by the desk and held by a deadline, and
 * leaving, by the client or when the window passes. Offers are answered in {@link WaitlistOfferAggregateTest}.
 */
class WaitlistEntryAggregateTest extends WaitlistFixtureSupport {

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
}

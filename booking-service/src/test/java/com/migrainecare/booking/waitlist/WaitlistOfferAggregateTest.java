package com.migrainecare.booking.waitlist;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.waitlist.WaitlistCommand.AcceptOffer;
import com.migrainecare.kernel.waitlist.WaitlistCommand.DeclineOffer;
import com.migrainecare.kernel.waitlist.WaitlistEvent.OfferAccepted;
import com.migrainecare.kernel.waitlist.WaitlistEvent.OfferDeclined;
import com.migrainecare.kernel.waitlist.WaitlistEvent.OfferExpired;
import com.migrainecare.kernel.waitlist.WaitlistEvent.SlotOffered;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An offer answered: accepted while held, declined, or expired by its deadline (and only by its own). */
class WaitlistOfferAggregateTest extends WaitlistFixtureSupport {

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
}

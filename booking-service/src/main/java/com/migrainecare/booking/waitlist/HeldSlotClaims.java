package com.migrainecare.booking.waitlist;

import com.migrainecare.booking.claim.ClaimedTimeProjection;
import com.migrainecare.booking.claim.HeldTime;
import com.migrainecare.kernel.waitlist.WaitlistEvent;
import com.migrainecare.kernel.waitlist.WaitlistEvent.OfferAccepted;
import com.migrainecare.kernel.waitlist.WaitlistEvent.OfferDeclined;
import com.migrainecare.kernel.waitlist.WaitlistEvent.OfferExpired;
import com.migrainecare.kernel.waitlist.WaitlistEvent.SlotOffered;
import com.migrainecare.kernel.waitlist.WaitlistEvent.WaitlistLeft;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Holds an offered slot in the claims table, in the transaction of {@link SlotOffered}, so that the front desk
 * cannot book it under the client; gives it back in the transaction of the decline, the expiry or the leave. An
 * accepted offer's booking replaces the hold's claims with its own; the time is then booked, no longer held.
 */
@Component
@ProcessingGroup(ClaimedTimeProjection.GROUP)
class HeldSlotClaims {

    private final HeldTime held;

    HeldSlotClaims(HeldTime held) {
        this.held = held;
    }

    @EventHandler
    void on(SlotOffered event) {
        held.hold(
                WaitlistEntry.heldBooking(event.entryId()),
                event.clientId(),
                event.therapistId(),
                event.locationId(),
                event.roomId(),
                event.slot());
    }

    @EventHandler
    void on(OfferAccepted event) {
        held.takenUp(WaitlistEntry.heldBooking(event.entryId()));
    }

    @EventHandler
    void on(OfferDeclined event) {
        release(event);
    }

    @EventHandler
    void on(OfferExpired event) {
        release(event);
    }

    @EventHandler
    void on(WaitlistLeft event) {
        release(event);
    }

    private void release(WaitlistEvent event) {
        held.release(WaitlistEntry.heldBooking(event.entryId()));
    }
}

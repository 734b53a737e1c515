package com.migrainecare.booking.waitlist;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.migrainecare.booking.booking.SessionDesk;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.booking.PlaceRequest;
import com.migrainecare.kernel.booking.Placement;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One client's place on the waitlist. An offer is placed by the {@link SessionDesk} under the booking rules and
 * locks, for the booking the offer would become ({@link #heldBooking}); the claims that hold it follow from
 * {@link SlotOffered} in the same transaction. The hold ends by a durable deadline, by declining or by accepting.
 * Not cached: accepting shares one transaction with the booking, and a rolled-back accept must leave no trace.
 */
@Aggregate
public class WaitlistEntry {

    static final String OFFER_HOLD = "waitlist-offer-hold";
    static final String WINDOW_END = "waitlist-window-end";

    @AggregateIdentifier
    private WaitlistEntryId entryId;

    private ClientId clientId;
    private Technique technique;
    private Set<LocationId> locationIds;
    private TimeSlot window;
    private WaitlistStatus status;
    private SlotOffered offer;

    protected WaitlistEntry() {
        // rebuilt from events
    }

    @CommandHandler
    public WaitlistEntry(JoinWaitlist command, DeadlineManager deadlines) {
        WaitlistPolicy.requireFor(command, now());
        apply(new WaitlistJoined(
                command.entryId(), command.clientId(), command.technique(), command.locationIds(), command.window()));
        deadlines.schedule(command.window().end(), WINDOW_END);
    }

    /** Holds the freed slot for the client, where the desk finds therapist, room and client free and allowed. */
    @CommandHandler
    public void handle(OfferSlot command, SessionDesk desk, DeadlineManager deadlines) {
        ensureStatus(WaitlistStatus.WAITING, ErrorCode.ENTRY_NOT_WAITING, "the entry is not waiting for a slot");
        WaitlistPolicy.ensureSlotFits(locationIds, window, command.locationId(), command.slot(), now());
        Placement placed = desk.place(
                heldBooking(entryId),
                clientId,
                Set.of(technique),
                false,
                new PlaceRequest(command.therapistId(), command.locationId(), command.roomId(), command.slot()),
                null,
                null);
        apply(new SlotOffered(
                entryId,
                clientId,
                placed.locationId(),
                placed.therapistId(),
                placed.roomId(),
                technique,
                placed.slot(),
                command.holdUntil()));
        deadlines.schedule(command.holdUntil(), OFFER_HOLD, command.holdUntil());
    }

    /** Takes the offer; the caller books it, as {@code bookingId}, in the same transaction. */
    @CommandHandler
    public SlotOffered handle(AcceptOffer command) {
        ensureOffered();
        if (!now().isBefore(offer.holdUntil())) {
            throw new RuleViolation(ErrorCode.OFFER_EXPIRED, "the offer was held until " + offer.holdUntil());
        }
        SlotOffered accepted = offer;
        apply(new OfferAccepted(entryId, clientId, command.bookingId()));
        return accepted;
    }

    @CommandHandler
    public void handle(DeclineOffer command) {
        ensureOffered();
        apply(new OfferDeclined(entryId, clientId));
    }

    @CommandHandler
    public void handle(LeaveWaitlist command) {
        ensureOpen();
        apply(new WaitlistLeft(entryId, clientId));
    }

    /** The hold ran out: only the offer it was scheduled for expires (a later offer has a hold of its own). */
    @DeadlineHandler(deadlineName = OFFER_HOLD)
    void holdRanOut(Instant holdUntil) {
        if (status == WaitlistStatus.OFFERED && offer.holdUntil().equals(holdUntil)) {
            apply(new OfferExpired(entryId, clientId));
        }
    }

    /** The window passed: nothing more can be offered, so the entry leaves the list. */
    @DeadlineHandler(deadlineName = WINDOW_END)
    void windowPassed() {
        if (status == WaitlistStatus.WAITING || status == WaitlistStatus.OFFERED) {
            apply(new WaitlistLeft(entryId, clientId));
        }
    }

    /** The booking an offer becomes when accepted, and the id its hold is claimed under until then. */
    static BookingId heldBooking(WaitlistEntryId entry) {
        return new BookingId(UUID.nameUUIDFromBytes(("waitlist-hold:" + entry.value()).getBytes(StandardCharsets.UTF_8))
                .toString());
    }

    WaitlistParties.Parties parties() {
        return new WaitlistParties.Parties(
                clientId.value(),
                locationIds.stream().map(LocationId::value).collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    private void ensureOffered() {
        ensureOpen();
        ensureStatus(WaitlistStatus.OFFERED, ErrorCode.NO_OPEN_OFFER, "no slot is offered to this entry now");
    }

    private void ensureOpen() {
        if (status == WaitlistStatus.ACCEPTED || status == WaitlistStatus.LEFT) {
            throw new RuleViolation(
                    ErrorCode.WAITLIST_ENTRY_CLOSED,
                    "the entry is closed (" + status.name().toLowerCase() + ")");
        }
    }

    private void ensureStatus(WaitlistStatus required, ErrorCode code, String rule) {
        ensureOpen();
        if (status != required) {
            throw new RuleViolation(code, rule);
        }
    }

    /** Axon's clock: the fixtures set it with givenCurrentTime, production reads the system clock. */
    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    @EventSourcingHandler
    void on(WaitlistJoined event) {
        entryId = event.entryId();
        clientId = event.clientId();
        technique = event.technique();
        locationIds = event.locationIds();
        window = event.window();
        status = WaitlistStatus.WAITING;
    }

    @EventSourcingHandler
    void on(SlotOffered event) {
        offer = event;
        status = WaitlistStatus.OFFERED;
    }

    @EventSourcingHandler
    void on(OfferAccepted event) {
        status = WaitlistStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(OfferDeclined event) {
        waitAgain();
    }

    @EventSourcingHandler
    void on(OfferExpired event) {
        waitAgain();
    }

    /** The offer is over without a booking: the entry waits for the next freed slot. */
    private void waitAgain() {
        offer = null;
        status = WaitlistStatus.WAITING;
    }

    @EventSourcingHandler
    void on(WaitlistLeft event) {
        offer = null;
        status = WaitlistStatus.LEFT;
    }
}

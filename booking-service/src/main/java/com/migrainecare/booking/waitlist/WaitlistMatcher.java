package com.migrainecare.booking.waitlist;

import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.booking.BookingEvent.HoldReleased;
import com.migrainecare.kernel.booking.BookingEvent.SessionCancelled;
import com.migrainecare.kernel.booking.BookingEvent.SessionRescheduled;
import com.migrainecare.kernel.ids.WaitlistEntryId;
import com.migrainecare.kernel.waitlist.WaitlistCommand.OfferSlot;
import com.migrainecare.kernel.waitlist.WaitlistEvent;
import com.migrainecare.kernel.waitlist.WaitlistEvent.OfferAccepted;
import com.migrainecare.kernel.waitlist.WaitlistEvent.OfferDeclined;
import com.migrainecare.kernel.waitlist.WaitlistEvent.OfferExpired;
import com.migrainecare.kernel.waitlist.WaitlistEvent.SlotOffered;
import com.migrainecare.kernel.waitlist.WaitlistEvent.WaitlistLeft;
import com.migrainecare.platform.axon.Commands;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Offers freed slots down the waitlist (the tracking processor {@code waitlist-offers}). A slot is freed when a
 * session is cancelled or moved away from its time; it goes to the entry that joined first among those waiting
 * for its location and window, and, when that entry cannot take it (the therapist is not qualified for its
 * technique, the client is busy or not cleared) or the offer is declined or expires, to the next. Whether an entry
 * may take the slot is the offer command's decision under the booking locks, never this view's. Each offer is a
 * command in this processor's transaction, so it commits with the processor's progress; the handlers do not run
 * on a replay, which must not offer old slots again.
 */
@Component
@ProcessingGroup(WaitlistMatcher.GROUP)
@DisallowReplay
class WaitlistMatcher {

    static final String GROUP = "waitlist-offers";

    private static final Logger LOG = LoggerFactory.getLogger(WaitlistMatcher.class);

    private final WaitlistQueries entries;
    private final OfferRoundProjection rounds;
    private final Commands commands;
    private final WaitlistProperties properties;
    private final Clock clock;

    WaitlistMatcher(
            WaitlistQueries entries,
            OfferRoundProjection rounds,
            Commands commands,
            WaitlistProperties properties,
            Clock clock) {
        this.entries = entries;
        this.rounds = rounds;
        this.commands = commands;
        this.properties = properties;
        this.clock = clock;
    }

    @EventHandler
    void on(SessionCancelled event) {
        freed(OfferRound.freed(event.bookingId(), event.placement()));
    }

    /** A tentative session of a care plan's step-up that expired or was declined gives its time back too. */
    @EventHandler
    void on(HoldReleased event) {
        freed(OfferRound.freed(event.bookingId(), event.placement()));
    }

    @EventHandler
    void on(SessionRescheduled event) {
        boolean sameTime = event.previous().slot().equals(event.placement().slot())
                && event.previous().therapistId().equals(event.placement().therapistId());
        if (!sameTime) {
            freed(OfferRound.freed(event.bookingId(), event.previous()));
        }
    }

    @EventHandler
    void on(SlotOffered event) {
        rounds.offered(
                event.therapistId().value(),
                event.slot().start(),
                event.entryId().value());
    }

    @EventHandler
    void on(OfferAccepted event) {
        rounds.heldBy(event.entryId().value()).ifPresent(rounds::close);
    }

    @EventHandler
    void on(OfferDeclined event) {
        handOn(event);
    }

    @EventHandler
    void on(OfferExpired event) {
        handOn(event);
    }

    @EventHandler
    void on(WaitlistLeft event) {
        handOn(event);
    }

    private void freed(OfferRound freed) {
        if (!freed.start().isAfter(clock.instant())) {
            return;
        }
        OfferRound round = rounds.open(freed);
        if (round.current() == null && !round.closed()) {
            offerNext(round);
        }
    }

    /** The entry let its slot go: the slot goes to the next entry in line. */
    private void handOn(WaitlistEvent event) {
        rounds.heldBy(event.entryId().value()).map(rounds::released).ifPresent(this::offerNext);
    }

    private void offerNext(OfferRound round) {
        Instant now = clock.instant();
        if (!round.start().isAfter(now)) {
            rounds.close(round);
            return;
        }
        Instant holdUntil = earlier(now.plus(properties.offerHold()), round.start());
        OfferRound current = round;
        for (WaitlistEntryView candidate : entries.candidatesFor(round.location(), round.slot())) {
            if (current.passed().contains(candidate.id())) {
                continue;
            }
            try {
                commands.send(
                        new OfferSlot(
                                new WaitlistEntryId(candidate.id()),
                                round.location(),
                                round.therapist(),
                                null,
                                round.slot(),
                                holdUntil),
                        "a session was cancelled or moved: its slot is offered from the waitlist");
                return;
            } catch (RuleViolation cannotTake) {
                LOG.debug("waitlist entry {} cannot take {}: {}", candidate.id(), round.id(), cannotTake.getMessage());
                current = rounds.passOver(current, candidate.id());
            }
        }
        rounds.close(current);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

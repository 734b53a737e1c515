package com.migrainecare.booking.audit;

import com.migrainecare.booking.booking.BookingState;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.booking.BookingEvent;
import com.migrainecare.kernel.booking.BookingEvent.ClientCheckedIn;
import com.migrainecare.kernel.booking.BookingEvent.HeldSessionConfirmed;
import com.migrainecare.kernel.booking.BookingEvent.HoldReleased;
import com.migrainecare.kernel.booking.BookingEvent.NoShowRecorded;
import com.migrainecare.kernel.booking.BookingEvent.SessionBooked;
import com.migrainecare.kernel.booking.BookingEvent.SessionCancelled;
import com.migrainecare.kernel.booking.BookingEvent.SessionCompleted;
import com.migrainecare.kernel.booking.BookingEvent.SessionHeld;
import com.migrainecare.kernel.booking.BookingStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A booking as it stood at an instant, folded from its own events in the store up to that instant (never from
 * a read model, which only knows the present). Snapshots are bypassed: they describe the latest state.
 */
@Component
class BookingTimeline {

    private final EventStore events;

    BookingTimeline(EventStore events) {
        this.events = events;
    }

    /** The booking at {@code asOf}; 404 when it did not exist yet (or never). */
    BookingState asOf(String bookingId, Instant asOf) {
        return find(bookingId, asOf)
                .orElseThrow(() -> new RuleViolation(
                        ErrorCode.BOOKING_NOT_FOUND, "no such booking at " + asOf + ": " + bookingId));
    }

    Optional<BookingState> find(String bookingId, Instant asOf) {
        BookingState state = null;
        var stream = events.readEvents(bookingId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getTimestamp().truncatedTo(ChronoUnit.MILLIS).isAfter(asOf)) {
                break;
            }
            if (event.getPayload() instanceof BookingEvent change) {
                state = apply(state, change, event.getSequenceNumber());
            }
        }
        return Optional.ofNullable(state);
    }

    private static BookingState apply(BookingState state, BookingEvent event, long version) {
        if (event instanceof SessionBooked booked) {
            return new BookingState(
                    booked.bookingId(),
                    booked.clientId(),
                    booked.technique(),
                    booked.adjuncts(),
                    booked.includesNeck(),
                    booked.placement(),
                    BookingStatus.CONFIRMED,
                    version,
                    null);
        }
        if (event instanceof SessionHeld held) {
            return new BookingState(
                    held.bookingId(),
                    held.clientId(),
                    held.technique(),
                    held.adjuncts(),
                    held.includesNeck(),
                    held.placement(),
                    BookingStatus.TENTATIVE,
                    version,
                    held.holdUntil());
        }
        if (state == null) {
            return null;
        }
        return new BookingState(
                state.bookingId(),
                state.clientId(),
                state.technique(),
                state.adjuncts(),
                state.includesNeck(),
                event.placement(),
                statusAfter(event, state.status()),
                version,
                state.holdUntil());
    }

    private static BookingStatus statusAfter(BookingEvent event, BookingStatus status) {
        if (event instanceof SessionCancelled cancelled) {
            return cancelled.late() ? BookingStatus.LATE_CANCELLED : BookingStatus.CANCELLED;
        }
        if (event instanceof HeldSessionConfirmed) {
            return BookingStatus.CONFIRMED;
        }
        if (event instanceof HoldReleased released) {
            return released.expired() ? BookingStatus.EXPIRED : BookingStatus.DECLINED;
        }
        if (event instanceof ClientCheckedIn) {
            return BookingStatus.CHECKED_IN;
        }
        if (event instanceof SessionCompleted) {
            return BookingStatus.COMPLETED;
        }
        if (event instanceof NoShowRecorded) {
            return BookingStatus.NO_SHOW;
        }
        return status;
    }
}

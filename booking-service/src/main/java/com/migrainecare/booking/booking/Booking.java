package com.migrainecare.booking.booking;

import static com.migrainecare.booking.booking.SessionRules.ensureAdjunctsAreAdjuncts;
import static com.migrainecare.booking.booking.SessionRules.ensureCheckInOpen;
import static com.migrainecare.booking.booking.SessionRules.ensureInFuture;
import static com.migrainecare.booking.booking.SessionRules.ensureNotStarted;
import static com.migrainecare.booking.booking.SessionRules.ensureStarted;
import static com.migrainecare.booking.booking.SessionRules.now;
import static com.migrainecare.booking.booking.SessionRules.techniques;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.migrainecare.kernel.booking.BookingCommand.BookSession;
import com.migrainecare.kernel.booking.BookingCommand.CancelSession;
import com.migrainecare.kernel.booking.BookingCommand.CheckIn;
import com.migrainecare.kernel.booking.BookingCommand.CompleteSession;
import com.migrainecare.kernel.booking.BookingCommand.ConfirmHold;
import com.migrainecare.kernel.booking.BookingCommand.DeclineHold;
import com.migrainecare.kernel.booking.BookingCommand.HoldSession;
import com.migrainecare.kernel.booking.BookingCommand.RecordNoShow;
import com.migrainecare.kernel.booking.BookingCommand.RescheduleSession;
import com.migrainecare.kernel.booking.BookingEvent.ClientCheckedIn;
import com.migrainecare.kernel.booking.BookingEvent.HeldSessionConfirmed;
import com.migrainecare.kernel.booking.BookingEvent.HoldReleased;
import com.migrainecare.kernel.booking.BookingEvent.NoShowRecorded;
import com.migrainecare.kernel.booking.BookingEvent.SessionBooked;
import com.migrainecare.kernel.booking.BookingEvent.SessionCancelled;
import com.migrainecare.kernel.booking.BookingEvent.SessionCompleted;
import com.migrainecare.kernel.booking.BookingEvent.SessionHeld;
import com.migrainecare.kernel.booking.BookingEvent.SessionRescheduled;
import com.migrainecare.kernel.booking.BookingStatus;
import com.migrainecare.kernel.booking.Placement;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.RoomId;
import java.time.Duration;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One session's life: booked (or held tentatively, then confirmed, declined or expired), moved, cancelled (late
 * or not), checked in, completed or missed. Booking, holding and moving ask the {@link SessionDesk}, in the
 * command's transaction, for the therapist's, a room's and the client's time; the claims follow from the events,
 * so a cancellation or a released hold frees them with no further step. A hold's end is a durable deadline.
 * What the session's events left it knowing is kept by {@link BookingRecord}; the rules of a tentative hold are
 * {@link TentativeHolds}'.
 */
@Aggregate(cache = "aggregateCache")
public class Booking extends BookingRecord {

    /** How early a client may check in. */
    static final Duration CHECK_IN_OPENS = Duration.ofMinutes(60);

    /** The deadline that ends a tentative session's hold. */
    static final String HOLD_EXPIRY = TentativeHolds.EXPIRY;

    protected Booking() {
        // rebuilt from events
    }

    /** Books the session where the desk finds the therapist, a room and the client free and allowed. */
    @CommandHandler
    public Booking(BookSession command, SessionDesk desk) {
        ensureAdjunctsAreAdjuncts(command.technique(), command.adjuncts());
        ensureInFuture(command.place().slot());
        Placement placed = desk.place(
                command.bookingId(),
                command.clientId(),
                techniques(command.technique(), command.adjuncts()),
                command.includesNeck(),
                command.place(),
                null,
                command.clearanceOverrideReason());
        ensureSpacing(desk, command.bookingId(), command.clientId(), placed, command.clientSpacing());
        apply(new SessionBooked(
                command.bookingId(),
                command.clientId(),
                command.technique(),
                command.adjuncts(),
                command.includesNeck(),
                placed,
                command.seriesOccurrence()));
    }

    /**
     * Holds a tentative session under the booking rules; it stays tentative until the client confirms it, or
     * until {@code holdUntil}, when the durable deadline releases it.
     */
    @CommandHandler
    public Booking(HoldSession command, SessionDesk desk, DeadlineManager deadlines) {
        ensureInFuture(command.place().slot());
        TentativeHolds.ensureEndsInFuture(command.holdUntil());
        Placement placed = desk.place(
                command.bookingId(),
                command.clientId(),
                techniques(command.technique(), Set.of()),
                command.includesNeck(),
                command.place(),
                null,
                null);
        ensureSpacing(desk, command.bookingId(), command.clientId(), placed, command.clientSpacing());
        apply(new SessionHeld(
                command.bookingId(),
                command.clientId(),
                command.technique(),
                Set.of(),
                command.includesNeck(),
                placed,
                command.holdUntil(),
                command.carePlanId()));
        TentativeHolds.scheduleExpiry(deadlines, command.holdUntil());
    }

    @CommandHandler
    public BookingState handle(ConfirmHold command) {
        ensureHeld();
        apply(new HeldSessionConfirmed(bookingId, clientId, placement));
        return snapshot();
    }

    @CommandHandler
    public BookingState handle(DeclineHold command) {
        ensureHeld();
        apply(new HoldReleased(bookingId, clientId, placement, false));
        return snapshot();
    }

    /** The hold ran out unanswered: its time is free again. A session confirmed or declined meanwhile stays. */
    @DeadlineHandler(deadlineName = HOLD_EXPIRY)
    void holdExpired() {
        if (TentativeHolds.expires(status)) {
            apply(new HoldReleased(bookingId, clientId, placement, true));
        }
    }

    /** Moves the session; its own claims do not stand in its way, and it keeps its room when it can. */
    @CommandHandler
    public BookingState handle(RescheduleSession command, SessionDesk desk) {
        ensureStatus(BookingStatus.CONFIRMED, "only a confirmed session can be moved");
        ensureNotStarted(placement.slot(), "a session that has started cannot be moved");
        ensureInFuture(command.place().slot());
        RoomId preferred = command.place().locationId().equals(placement.locationId()) ? placement.roomId() : null;
        Placement placed = desk.place(
                bookingId, clientId, techniques(technique, adjuncts), includesNeck, command.place(), preferred, null);
        ensureSpacing(desk, bookingId, clientId, placed, command.clientSpacing());
        apply(new SessionRescheduled(bookingId, clientId, placement, placed));
        return snapshot();
    }

    @CommandHandler
    public BookingState handle(CancelSession command) {
        ensureStatus(BookingStatus.CONFIRMED, "only a confirmed session can be cancelled");
        ensureNotStarted(placement.slot(), "a session that has started cannot be cancelled; record a no-show instead");
        boolean late =
                placement.cancellationPolicy().isLate(now(), placement.slot().start(), placement.zone());
        apply(new SessionCancelled(bookingId, clientId, placement, late));
        return snapshot();
    }

    @CommandHandler
    public BookingState handle(CheckIn command) {
        ensureStatus(BookingStatus.CONFIRMED, "only a confirmed session can be checked in");
        ensureCheckInOpen(placement.slot(), CHECK_IN_OPENS);
        apply(new ClientCheckedIn(bookingId, clientId, placement));
        return snapshot();
    }

    @CommandHandler
    public BookingState handle(CompleteSession command) {
        ensureStatus(BookingStatus.CHECKED_IN, "a session is completed after the client checked in");
        ensureStarted(placement.slot());
        apply(new SessionCompleted(bookingId, clientId, placement));
        return snapshot();
    }

    @CommandHandler
    public BookingState handle(RecordNoShow command) {
        ensureStatus(BookingStatus.CONFIRMED, "a no-show is recorded for a confirmed session nobody checked in to");
        ensureStarted(placement.slot());
        apply(new NoShowRecorded(bookingId, clientId, placement));
        return snapshot();
    }

    private void ensureHeld() {
        TentativeHolds.ensureHeld(status, holdUntil);
    }

    private static void ensureSpacing(
            SessionDesk desk, BookingId booking, ClientId client, Placement placed, Duration spacing) {
        if (spacing.compareTo(Duration.ZERO) > 0) {
            desk.ensureClientSpacing(booking, client, placed.slot(), spacing);
        }
    }
}

package com.migrainecare.booking.booking;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.booking.BookingCommand.BookSession;
import com.migrainecare.kernel.booking.BookingCommand.CancelSession;
import com.migrainecare.kernel.booking.BookingCommand.CheckIn;
import com.migrainecare.kernel.booking.BookingCommand.CompleteSession;
import com.migrainecare.kernel.booking.BookingCommand.RecordNoShow;
import com.migrainecare.kernel.booking.BookingCommand.RescheduleSession;
import com.migrainecare.kernel.booking.BookingEvent.ClientCheckedIn;
import com.migrainecare.kernel.booking.BookingEvent.NoShowRecorded;
import com.migrainecare.kernel.booking.BookingEvent.SessionBooked;
import com.migrainecare.kernel.booking.BookingEvent.SessionCancelled;
import com.migrainecare.kernel.booking.BookingEvent.SessionCompleted;
import com.migrainecare.kernel.booking.BookingEvent.SessionRescheduled;
import com.migrainecare.kernel.booking.BookingStatus;
import com.migrainecare.kernel.booking.Placement;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One session's life: booked, moved, cancelled (late or not), checked in, completed or missed. Booking and
 * moving ask the {@link SessionDesk}, in the command's transaction, for the therapist's, a room's and the
 * client's time; the claims follow from the events, so a cancellation frees them with no further step.
 */
@Aggregate(cache = "aggregateCache")
public class Booking {

    /** How early a client may check in. */
    static final Duration CHECK_IN_OPENS = Duration.ofMinutes(60);

    @AggregateIdentifier
    private BookingId bookingId;

    private ClientId clientId;
    private Technique technique;
    private Set<Technique> adjuncts;
    private boolean includesNeck;
    private Placement placement;
    private BookingStatus status;

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
        if (command.clientSpacing().compareTo(Duration.ZERO) > 0) {
            desk.ensureClientSpacing(command.bookingId(), command.clientId(), placed.slot(), command.clientSpacing());
        }
        apply(new SessionBooked(
                command.bookingId(),
                command.clientId(),
                command.technique(),
                command.adjuncts(),
                command.includesNeck(),
                placed));
    }

    /** Moves the session; its own claims do not stand in its way, and it keeps its room when it can. */
    @CommandHandler
    public BookingState handle(RescheduleSession command, SessionDesk desk) {
        ensureStatus(BookingStatus.CONFIRMED, "only a confirmed session can be moved");
        ensureNotStarted("a session that has started cannot be moved");
        ensureInFuture(command.place().slot());
        RoomId preferred = command.place().locationId().equals(placement.locationId()) ? placement.roomId() : null;
        Placement placed = desk.place(
                bookingId, clientId, techniques(technique, adjuncts), includesNeck, command.place(), preferred, null);
        apply(new SessionRescheduled(bookingId, clientId, placement, placed));
        return snapshot();
    }

    @CommandHandler
    public BookingState handle(CancelSession command) {
        ensureStatus(BookingStatus.CONFIRMED, "only a confirmed session can be cancelled");
        ensureNotStarted("a session that has started cannot be cancelled; record a no-show instead");
        boolean late =
                placement.cancellationPolicy().isLate(now(), placement.slot().start(), placement.zone());
        apply(new SessionCancelled(bookingId, clientId, placement, late));
        return snapshot();
    }

    @CommandHandler
    public BookingState handle(CheckIn command) {
        ensureStatus(BookingStatus.CONFIRMED, "only a confirmed session can be checked in");
        Instant now = now();
        if (now.isBefore(placement.slot().start().minus(CHECK_IN_OPENS))
                || !now.isBefore(placement.slot().end())) {
            throw new RuleViolation(
                    ErrorCode.CHECK_IN_WINDOW_CLOSED,
                    "check-in opens " + CHECK_IN_OPENS.toMinutes()
                            + " minutes before the session and closes at its end");
        }
        apply(new ClientCheckedIn(bookingId, clientId, placement));
        return snapshot();
    }

    @CommandHandler
    public BookingState handle(CompleteSession command) {
        ensureStatus(BookingStatus.CHECKED_IN, "a session is completed after the client checked in");
        ensureStarted();
        apply(new SessionCompleted(bookingId, clientId, placement));
        return snapshot();
    }

    @CommandHandler
    public BookingState handle(RecordNoShow command) {
        ensureStatus(BookingStatus.CONFIRMED, "a no-show is recorded for a confirmed session nobody checked in to");
        ensureStarted();
        apply(new NoShowRecorded(bookingId, clientId, placement));
        return snapshot();
    }

    /** The state as it stands, for reads that must not lag behind the last command. */
    BookingState snapshot() {
        Long version = AggregateLifecycle.getVersion();
        return new BookingState(
                bookingId,
                clientId,
                technique,
                adjuncts,
                includesNeck,
                placement,
                status,
                version == null ? 0 : version);
    }

    private void ensureStatus(BookingStatus required, String rule) {
        if (status == required) {
            return;
        }
        if (status == BookingStatus.CANCELLED || status == BookingStatus.LATE_CANCELLED) {
            throw new RuleViolation(ErrorCode.BOOKING_ALREADY_CANCELLED, "the session is already cancelled");
        }
        if (!status.isOpen()) {
            throw new RuleViolation(ErrorCode.BOOKING_ALREADY_CLOSED, "the session is already " + status);
        }
        throw new RuleViolation(ErrorCode.INVALID_STATE_TRANSITION, rule + " (it is " + status + ")");
    }

    private void ensureNotStarted(String rule) {
        if (!now().isBefore(placement.slot().start())) {
            throw new RuleViolation(ErrorCode.INVALID_STATE_TRANSITION, rule);
        }
    }

    private void ensureStarted() {
        if (now().isBefore(placement.slot().start())) {
            throw new RuleViolation(ErrorCode.SESSION_NOT_STARTED, "the session has not started yet");
        }
    }

    private static Set<Technique> techniques(Technique primary, Set<Technique> adjuncts) {
        Set<Technique> all = EnumSet.of(primary);
        all.addAll(adjuncts);
        return all;
    }

    private static void ensureInFuture(TimeSlot slot) {
        if (!slot.start().isAfter(now())) {
            throw new RuleViolation(ErrorCode.START_IN_PAST, "a session must start in the future");
        }
    }

    private static void ensureAdjunctsAreAdjuncts(Technique primary, Set<Technique> adjuncts) {
        boolean onlyAdjuncts = adjuncts.stream().allMatch(Technique::isAdjunct);
        if (!onlyAdjuncts || adjuncts.contains(primary)) {
            throw new RuleViolation(
                    ErrorCode.INVALID_ADJUNCT, "only CUPPING and HEAT_THERAPY can be added to another technique");
        }
    }

    /** Axon's clock: the fixtures set it with givenCurrentTime, production reads the system clock. */
    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    @EventSourcingHandler
    void on(SessionBooked event) {
        bookingId = event.bookingId();
        clientId = event.clientId();
        technique = event.technique();
        adjuncts = event.adjuncts();
        includesNeck = event.includesNeck();
        placement = event.placement();
        status = BookingStatus.CONFIRMED;
    }

    @EventSourcingHandler
    void on(SessionRescheduled event) {
        placement = event.placement();
    }

    @EventSourcingHandler
    void on(SessionCancelled event) {
        status = event.late() ? BookingStatus.LATE_CANCELLED : BookingStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(ClientCheckedIn event) {
        status = BookingStatus.CHECKED_IN;
    }

    @EventSourcingHandler
    void on(SessionCompleted event) {
        status = BookingStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(NoShowRecorded event) {
        status = BookingStatus.NO_SHOW;
    }
}

package com.migrainecare.booking.booking;

import com.migrainecare.booking.chain.AggregateReader;
import com.migrainecare.booking.chain.LocationDetails;
import com.migrainecare.booking.chain.LocationDirectory;
import com.migrainecare.booking.claim.Claim;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.booking.BookingCommand;
import com.migrainecare.kernel.booking.PlaceRequest;
import com.migrainecare.kernel.booking.Placement;
import com.migrainecare.kernel.booking.SeriesOccurrence;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.CarePlanId;
import com.migrainecare.kernel.time.TimeSlot;
import com.migrainecare.platform.axon.Commands;
import com.migrainecare.platform.security.Actors;
import com.migrainecare.platform.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Books, moves and cancels sessions. Each is one command in one transaction: the booking's event and the
 * claims on the therapist's, the room's and the client's time commit together or not at all (see
 * {@link SessionDesk}), so a request cut off at any moment leaves nothing held and nothing to give back.
 */
@Service
public class BookingService {

    /** A session's claims on the therapist's, room's and client's time last as long as the session. */
    static final Duration LONGEST_SESSION = Claim.LONGEST;

    private final Commands commands;
    private final LocationDirectory locations;
    private final AggregateReader<Booking> bookings;
    private final Clock clock;

    public BookingService(
            Commands commands,
            LocationDirectory locations,
            @Qualifier("bookingRepository") Repository<Booking> bookingRepository,
            Clock clock) {
        this.commands = commands;
        this.locations = locations;
        this.bookings = new AggregateReader<>(bookingRepository, ErrorCode.BOOKING_NOT_FOUND);
        this.clock = clock;
    }

    public BookingState book(SessionRequest request, String reason) {
        return book(request, Duration.ZERO, reason);
    }

    /** Books a session at least {@code clientSpacing} away from the client's other sessions (a series' rule). */
    public BookingState book(SessionRequest request, Duration clientSpacing, String reason) {
        return book(BookingId.random(), request, clientSpacing, reason);
    }

    /**
     * Books under an id chosen beforehand: the id time was held under for this very session (a waitlist offer),
     * which the booking's own claims then replace.
     */
    public BookingState book(BookingId bookingId, SessionRequest request, Duration clientSpacing, String reason) {
        return book(bookingId, request, clientSpacing, null, reason);
    }

    /** Books the session as {@code occurrence} of a recurring series (null: of none), which its event names. */
    public BookingState book(
            BookingId bookingId,
            SessionRequest request,
            Duration clientSpacing,
            SeriesOccurrence occurrence,
            String reason) {
        PlaceRequest place = placeFor(request);
        String override = overrideReason(request.clearanceOverrideReason());
        commands.send(
                new BookingCommand.BookSession(
                        bookingId,
                        request.clientId(),
                        request.technique(),
                        request.adjuncts(),
                        request.includesNeck(),
                        place,
                        override,
                        clientSpacing,
                        occurrence),
                reason);
        return current(bookingId);
    }

    /**
     * Holds a tentative session (no adjuncts, no clearance override) at least {@code clientSpacing} away from the
     * client's other sessions, until {@code holdUntil}; see {@link #confirmHold} and {@link #declineHold}.
     */
    public BookingState hold(
            SessionRequest request, Duration clientSpacing, Instant holdUntil, CarePlanId carePlan, String reason) {
        PlaceRequest place = placeFor(request);
        BookingId bookingId = BookingId.random();
        commands.send(
                new BookingCommand.HoldSession(
                        bookingId,
                        request.clientId(),
                        request.technique(),
                        request.includesNeck(),
                        place,
                        clientSpacing,
                        holdUntil,
                        carePlan),
                reason);
        return current(bookingId);
    }

    public BookingState confirmHold(BookingId bookingId, Long expectedVersion, String reason) {
        return commands.send(
                new BookingCommand.ConfirmHold(bookingId, expectedVersion), reason, ErrorCode.BOOKING_NOT_FOUND);
    }

    public BookingState declineHold(BookingId bookingId, Long expectedVersion, String reason) {
        return commands.send(
                new BookingCommand.DeclineHold(bookingId, expectedVersion), reason, ErrorCode.BOOKING_NOT_FOUND);
    }

    public BookingState reschedule(BookingId bookingId, MoveRequest move, Long expectedVersion, String reason) {
        return reschedule(bookingId, move, expectedVersion, Duration.ZERO, reason);
    }

    /** Moves a session to a time at least {@code clientSpacing} away from the client's others (a series' rule). */
    public BookingState reschedule(
            BookingId bookingId, MoveRequest move, Long expectedVersion, Duration clientSpacing, String reason) {
        BookingState current = current(bookingId);
        ensureVersion(current, expectedVersion);
        Placement before = current.placement();
        LocationDetails location = locations.get(move.locationId() != null ? move.locationId() : before.locationId());
        Duration duration =
                move.duration() != null ? move.duration() : before.slot().duration();
        TimeSlot slot = slotFor(move.start().resolveIn(location.timeZone()), duration);
        var therapist = move.therapistId() != null ? move.therapistId() : before.therapistId();
        return commands.send(
                new BookingCommand.RescheduleSession(
                        bookingId,
                        new PlaceRequest(therapist, location.locationId(), move.roomId(), slot),
                        expectedVersion,
                        clientSpacing),
                reason,
                ErrorCode.BOOKING_NOT_FOUND);
    }

    public BookingState cancel(BookingId bookingId, Long expectedVersion, String reason) {
        return commands.send(
                new BookingCommand.CancelSession(bookingId, expectedVersion), reason, ErrorCode.BOOKING_NOT_FOUND);
    }

    public BookingState checkIn(BookingId bookingId, Long expectedVersion, String reason) {
        return commands.send(
                new BookingCommand.CheckIn(bookingId, expectedVersion), reason, ErrorCode.BOOKING_NOT_FOUND);
    }

    public BookingState complete(BookingId bookingId, Long expectedVersion, String reason) {
        return commands.send(
                new BookingCommand.CompleteSession(bookingId, expectedVersion), reason, ErrorCode.BOOKING_NOT_FOUND);
    }

    public BookingState noShow(BookingId bookingId, Long expectedVersion, String reason) {
        return commands.send(
                new BookingCommand.RecordNoShow(bookingId, expectedVersion), reason, ErrorCode.BOOKING_NOT_FOUND);
    }

    public BookingState current(BookingId bookingId) {
        return bookings.read(bookingId.value(), Booking::snapshot);
    }

    /** The booking of that id as it stands, or nothing when there is none. */
    public Optional<BookingState> find(BookingId bookingId) {
        try {
            return Optional.of(current(bookingId));
        } catch (RuleViolation missing) {
            if (missing.code() == ErrorCode.BOOKING_NOT_FOUND) {
                return Optional.empty();
            }
            throw missing;
        }
    }

    /** A session lasts more than nothing and at most {@link #LONGEST_SESSION}. */
    public static void requireSessionLength(Duration duration) {
        if (duration == null || duration.isNegative() || duration.isZero() || duration.compareTo(LONGEST_SESSION) > 0) {
            throw new RuleViolation(ErrorCode.INVALID_REQUEST, "a session lasts more than 0 and at most 4 hours");
        }
    }

    /** Where and when a request asks for: its start read in the location's zone, its length bounded. */
    private PlaceRequest placeFor(SessionRequest request) {
        LocationDetails location = locations.get(request.locationId());
        TimeSlot slot = slotFor(request.start().resolveIn(location.timeZone()), request.duration());
        return new PlaceRequest(request.therapistId(), location.locationId(), request.roomId(), slot);
    }

    private TimeSlot slotFor(Instant start, Duration duration) {
        requireSessionLength(duration);
        if (!start.isAfter(clock.instant())) {
            throw new RuleViolation(ErrorCode.START_IN_PAST, "a session must start in the future");
        }
        return TimeSlot.of(start, duration);
    }

    /** Only a manager may book neck work without a clearance; the reason becomes an event of its own. */
    private static String overrideReason(String requested) {
        if (requested == null || requested.isBlank()) {
            return null;
        }
        if (!Actors.hasRole(Role.MANAGER)) {
            throw new RuleViolation(ErrorCode.OVERRIDE_NOT_ALLOWED, "only a manager can override a missing clearance");
        }
        return requested;
    }

    private static void ensureVersion(BookingState current, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new RuleViolation(
                    ErrorCode.VERSION_MISMATCH,
                    "the booking is at version " + current.version() + ", not " + expectedVersion);
        }
    }
}

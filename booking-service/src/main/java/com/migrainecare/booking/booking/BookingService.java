package com.migrainecare.booking.booking;

import com.migrainecare.booking.chain.AggregateReader;
import com.migrainecare.booking.chain.LocationDetails;
import com.migrainecare.booking.chain.LocationDirectory;
import com.migrainecare.booking.chain.TravelProperties;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.booking.BookingCommand;
import com.migrainecare.kernel.booking.BookingStatus;
import com.migrainecare.kernel.booking.Placement;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.chain.LocationCommand.ReleaseRoom;
import com.migrainecare.kernel.chain.LocationCommand.ReserveRoom;
import com.migrainecare.kernel.chain.Room;
import com.migrainecare.kernel.chain.TherapistCommand.ReleaseTherapist;
import com.migrainecare.kernel.chain.TherapistCommand.ReserveTherapist;
import com.migrainecare.kernel.client.ClientCommand.ReleaseClient;
import com.migrainecare.kernel.client.ClientCommand.ReserveClient;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.time.TimeSlot;
import com.migrainecare.platform.axon.Commands;
import com.migrainecare.platform.security.Actors;
import com.migrainecare.platform.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import org.axonframework.modelling.command.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Books and moves sessions. A session needs its therapist, a room and its client at once, and each of those
 * is its own aggregate, so the service reserves them one after the other (therapist first: it has the most
 * rules) and gives back what it already holds when a later step is refused. Each reservation is atomic on
 * its own calendar, which is what makes two racing requests for one slot end with exactly one winner.
 */
@Service
public class BookingService {

    private static final Logger log = LoggerFactory.getLogger(BookingService.class);
    static final Duration LONGEST_SESSION = Duration.ofHours(4);

    private final Commands commands;
    private final LocationDirectory locations;
    private final AggregateReader<Booking> bookings;
    private final TravelProperties travel;
    private final Clock clock;

    public BookingService(
            Commands commands,
            LocationDirectory locations,
            @Qualifier("bookingRepository") Repository<Booking> bookingRepository,
            TravelProperties travel,
            Clock clock) {
        this.commands = commands;
        this.locations = locations;
        this.bookings = new AggregateReader<>(bookingRepository, ErrorCode.BOOKING_NOT_FOUND);
        this.travel = travel;
        this.clock = clock;
    }

    public BookingState book(SessionRequest request, String reason) {
        LocationDetails location = locations.get(request.locationId());
        TimeSlot slot = slotFor(request.start().resolveIn(location.timeZone()), request.duration());
        String override = overrideReason(request.clearanceOverrideReason());
        BookingId bookingId = BookingId.random();
        Set<Technique> techniques = techniques(request.technique(), request.adjuncts());
        Held held = new Held();
        try {
            reserveTherapist(held, bookingId, request.therapistId(), location, slot, techniques, reason);
            RoomId room = reserveRoom(held, bookingId, location, request.roomId(), slot, reason);
            reserveClient(
                    held,
                    bookingId,
                    request.clientId(),
                    location,
                    slot,
                    techniques,
                    request.includesNeck(),
                    override,
                    reason);
            Placement placement = new Placement(
                    request.therapistId(),
                    location.locationId(),
                    room,
                    slot,
                    location.timeZone(),
                    location.cancellationPolicy());
            commands.send(
                    new BookingCommand.BookSession(
                            bookingId,
                            request.clientId(),
                            request.technique(),
                            request.adjuncts(),
                            request.includesNeck(),
                            placement),
                    reason);
            return new BookingState(
                    bookingId,
                    request.clientId(),
                    request.technique(),
                    Set.copyOf(request.adjuncts()),
                    request.includesNeck(),
                    placement,
                    BookingStatus.CONFIRMED,
                    0);
        } catch (RuntimeException refused) {
            held.giveBack();
            throw refused;
        }
    }

    public BookingState reschedule(BookingId bookingId, MoveRequest move, Long expectedVersion, String reason) {
        BookingState current = current(bookingId);
        ensureVersion(current, expectedVersion);
        Placement before = current.placement();
        LocationDetails location = locations.get(move.locationId() != null ? move.locationId() : before.locationId());
        Duration duration =
                move.duration() != null ? move.duration() : before.slot().duration();
        TimeSlot slot = slotFor(move.start().resolveIn(location.timeZone()), duration);
        var therapist = move.therapistId() != null ? move.therapistId() : before.therapistId();
        RoomId preferredRoom = move.roomId() != null
                ? move.roomId()
                : location.locationId().equals(before.locationId()) ? before.roomId() : null;
        Set<Technique> techniques = techniques(current.technique(), current.adjuncts());
        Held held = new Held();
        try {
            reserveTherapist(held, bookingId, therapist, location, slot, techniques, reason);
            RoomId room = move.roomId() == null && preferredRoom != null
                    ? reserveRoomPreferring(held, bookingId, location, preferredRoom, slot, reason)
                    : reserveRoom(held, bookingId, location, preferredRoom, slot, reason);
            reserveClient(
                    held,
                    bookingId,
                    current.clientId(),
                    location,
                    slot,
                    techniques,
                    current.includesNeck(),
                    null,
                    reason);
            Placement after = new Placement(
                    therapist, location.locationId(), room, slot, location.timeZone(), location.cancellationPolicy());
            BookingState moved =
                    commands.send(new BookingCommand.RescheduleSession(bookingId, after, expectedVersion), reason);
            releaseLeftBehind(bookingId, current.clientId(), before, after, reason);
            return moved;
        } catch (RuntimeException refused) {
            held.giveBack();
            throw refused;
        }
    }

    public BookingState cancel(BookingId bookingId, Long expectedVersion, String reason) {
        BookingState cancelled = commands.send(
                new BookingCommand.CancelSession(bookingId, expectedVersion), reason, ErrorCode.BOOKING_NOT_FOUND);
        release(bookingId, cancelled.clientId(), cancelled.placement(), reason);
        return cancelled;
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

    /** Frees what the old placement held and the new one does not. {@code HoldSweeper} catches what a crash leaves. */
    void releaseLeftBehind(BookingId bookingId, ClientId clientId, Placement before, Placement after, String reason) {
        if (!before.therapistId().equals(after.therapistId()) || !before.slot().equals(after.slot())) {
            commands.send(new ReleaseTherapist(before.therapistId(), bookingId, before.slot()), reason);
        }
        if (!before.roomId().equals(after.roomId()) || !before.slot().equals(after.slot())) {
            commands.send(new ReleaseRoom(before.roomId(), bookingId, before.slot()), reason);
        }
        if (!before.slot().equals(after.slot())) {
            commands.send(new ReleaseClient(clientId, bookingId, before.slot()), reason);
        }
    }

    void release(BookingId bookingId, ClientId clientId, Placement placement, String reason) {
        commands.send(new ReleaseTherapist(placement.therapistId(), bookingId, placement.slot()), reason);
        commands.send(new ReleaseRoom(placement.roomId(), bookingId, placement.slot()), reason);
        commands.send(new ReleaseClient(clientId, bookingId, placement.slot()), reason);
    }

    private void reserveTherapist(
            Held held,
            BookingId bookingId,
            com.migrainecare.kernel.ids.TherapistId therapist,
            LocationDetails location,
            TimeSlot slot,
            Set<Technique> techniques,
            String reason) {
        boolean fresh = commands.send(
                new ReserveTherapist(therapist, bookingId, location.locationId(), slot, techniques, travel.buffers()),
                reason,
                ErrorCode.THERAPIST_NOT_FOUND);
        if (fresh) {
            held.push(() -> commands.send(new ReleaseTherapist(therapist, bookingId, slot), reason));
        }
    }

    private RoomId reserveRoom(
            Held held, BookingId bookingId, LocationDetails location, RoomId requested, TimeSlot slot, String reason) {
        if (requested != null) {
            if (!location.hasRoom(requested)) {
                throw new RuleViolation(
                        ErrorCode.ROOM_NOT_AT_LOCATION, "room " + requested + " is not at this location");
            }
            holdRoom(held, bookingId, location, requested, slot, reason);
            return requested;
        }
        for (Room room : location.rooms()) {
            try {
                holdRoom(held, bookingId, location, room.id(), slot, reason);
                return room.id();
            } catch (RuleViolation taken) {
                if (taken.code() != ErrorCode.ROOM_UNAVAILABLE) {
                    throw taken;
                }
            }
        }
        throw new RuleViolation(ErrorCode.NO_ROOM_AVAILABLE, "every room at this location is taken at that time");
    }

    private RoomId reserveRoomPreferring(
            Held held, BookingId bookingId, LocationDetails location, RoomId preferred, TimeSlot slot, String reason) {
        try {
            holdRoom(held, bookingId, location, preferred, slot, reason);
            return preferred;
        } catch (RuleViolation taken) {
            if (taken.code() != ErrorCode.ROOM_UNAVAILABLE) {
                throw taken;
            }
            return reserveRoom(held, bookingId, location, null, slot, reason);
        }
    }

    private void holdRoom(
            Held held, BookingId bookingId, LocationDetails location, RoomId room, TimeSlot slot, String reason) {
        boolean fresh = commands.send(new ReserveRoom(room, location.locationId(), bookingId, slot), reason);
        if (fresh) {
            held.push(() -> commands.send(new ReleaseRoom(room, bookingId, slot), reason));
        }
    }

    private void reserveClient(
            Held held,
            BookingId bookingId,
            ClientId client,
            LocationDetails location,
            TimeSlot slot,
            Set<Technique> techniques,
            boolean includesNeck,
            String override,
            String reason) {
        var sessionDate = slot.start().atZone(location.timeZone()).toLocalDate();
        boolean fresh = commands.send(
                new ReserveClient(client, bookingId, slot, sessionDate, techniques, includesNeck, override),
                reason,
                ErrorCode.CLIENT_NOT_FOUND);
        if (fresh) {
            held.push(() -> commands.send(new ReleaseClient(client, bookingId, slot), reason));
        }
    }

    private TimeSlot slotFor(java.time.Instant start, Duration duration) {
        if (duration == null || duration.isNegative() || duration.isZero() || duration.compareTo(LONGEST_SESSION) > 0) {
            throw new RuleViolation(ErrorCode.INVALID_REQUEST, "a session lasts more than 0 and at most 4 hours");
        }
        if (!start.isAfter(clock.instant())) {
            throw new RuleViolation(ErrorCode.START_IN_PAST, "a session must start in the future");
        }
        return TimeSlot.of(start, duration);
    }

    private static Set<Technique> techniques(Technique primary, Set<Technique> adjuncts) {
        Set<Technique> all = EnumSet.of(primary);
        all.addAll(adjuncts);
        return all;
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

    /** What a request has reserved so far, to give back in reverse order if a later step is refused. */
    private static final class Held {
        private final Deque<Runnable> releases = new ArrayDeque<>();

        void push(Runnable release) {
            releases.push(release);
        }

        void giveBack() {
            while (!releases.isEmpty()) {
                try {
                    releases.pop().run();
                } catch (RuntimeException e) {
                    // the release policy and a later retry clean up what could not be given back now
                    log.warn("Could not give back a reservation: {}", e.getMessage());
                }
            }
        }
    }
}

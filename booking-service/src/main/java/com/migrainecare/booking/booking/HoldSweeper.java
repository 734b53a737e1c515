package com.migrainecare.booking.booking;

import com.migrainecare.booking.chain.AggregateReader;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.booking.BookingStatus;
import com.migrainecare.kernel.chain.LocationCommand.ReleaseRoom;
import com.migrainecare.kernel.chain.LocationEvent.RoomReserved;
import com.migrainecare.kernel.chain.TherapistCommand.ReleaseTherapist;
import com.migrainecare.kernel.chain.TherapistEvent.TherapistReserved;
import com.migrainecare.kernel.client.ClientCommand.ReleaseClient;
import com.migrainecare.kernel.client.ClientEvent.ClientReserved;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.time.TimeSlot;
import com.migrainecare.platform.axon.Commands;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gives back reservations that no standing booking uses. A request reserves therapist, room and client before
 * it creates (or moves) the booking, and gives them back if a later step is refused; a cancellation releases
 * them too. If the process dies in between, a reservation would block its slot for good. Every minute this
 * sweep reads the reservations made since the last sweep (older than a grace period that no request takes) and
 * releases each one that its booking does not use: the booking does not exist, was cancelled, or was moved
 * elsewhere. Releasing is idempotent, so a sweep on several instances at once does no harm.
 */
@Component
public class HoldSweeper {

    private static final Logger log = LoggerFactory.getLogger(HoldSweeper.class);
    /** How far back the first sweep after a start looks. */
    private static final Duration FIRST_LOOK_BACK = Duration.ofDays(1);

    private final EventStore events;
    private final Commands commands;
    private final AggregateReader<Booking> bookings;
    private final Clock clock;
    private final Duration grace;
    private Instant sweptUntil;

    public HoldSweeper(
            EventStore events,
            Commands commands,
            @Qualifier("bookingRepository") Repository<Booking> bookingRepository,
            Clock clock,
            @Value("${clinic.holds.grace:PT2M}") Duration grace) {
        this.events = events;
        this.commands = commands;
        this.bookings = new AggregateReader<>(bookingRepository, ErrorCode.BOOKING_NOT_FOUND);
        this.clock = clock;
        this.grace = grace;
    }

    /** A reservation as its event recorded it, with the command that gives it back. */
    private record Hold(BookingId bookingId, TimeSlot slot, Predicate<BookingState> usedBy, Object release) {}

    @Scheduled(fixedDelayString = "${clinic.holds.sweep-interval:PT1M}", initialDelayString = "PT1M")
    public void sweep() {
        sweep(clock.instant());
    }

    /**
     * Releases the unused reservations made before {@code now} minus the grace period and not swept yet.
     *
     * @return how many reservations were released
     */
    public synchronized int sweep(Instant now) {
        Instant until = now.minus(grace);
        // overlap with the previous window: events of another instance may carry a slightly earlier time
        Instant from = sweptUntil == null ? until.minus(FIRST_LOOK_BACK) : sweptUntil.minus(grace);
        if (!from.isBefore(until)) {
            return 0;
        }
        int released = 0;
        for (Hold hold : holdsBetween(from, until)) {
            if (!isUsed(hold) && release(hold)) {
                log.warn(
                        "Released a reservation for booking {} at {} that no booking uses",
                        hold.bookingId(),
                        hold.slot().start());
                released++;
            }
        }
        sweptUntil = until;
        return released;
    }

    private List<Hold> holdsBetween(Instant from, Instant until) {
        List<Hold> holds = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(events.createTokenAt(from))) {
            while (stream.hasNextAvailable()) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                if (event.getTimestamp().isAfter(until)) {
                    break;
                }
                holdOf(event.getPayload()).ifPresent(holds::add);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return holds;
    }

    private static Optional<Hold> holdOf(Object payload) {
        if (payload instanceof TherapistReserved held) {
            return Optional.of(new Hold(
                    held.bookingId(),
                    held.slot(),
                    booking -> booking.placement().therapistId().equals(held.therapistId()),
                    new ReleaseTherapist(held.therapistId(), held.bookingId(), held.slot())));
        }
        if (payload instanceof RoomReserved held) {
            return Optional.of(new Hold(
                    held.bookingId(),
                    held.slot(),
                    booking -> booking.placement().roomId().equals(held.roomId()),
                    new ReleaseRoom(held.roomId(), held.bookingId(), held.slot())));
        }
        if (payload instanceof ClientReserved held) {
            return Optional.of(new Hold(
                    held.bookingId(),
                    held.slot(),
                    booking -> booking.clientId().equals(held.clientId()),
                    new ReleaseClient(held.clientId(), held.bookingId(), held.slot())));
        }
        return Optional.empty();
    }

    private boolean isUsed(Hold hold) {
        try {
            BookingState booking = bookings.read(hold.bookingId().value(), Booking::snapshot);
            boolean standing =
                    booking.status() != BookingStatus.CANCELLED && booking.status() != BookingStatus.LATE_CANCELLED;
            return standing
                    && booking.placement().slot().equals(hold.slot())
                    && hold.usedBy().test(booking);
        } catch (RuleViolation neverBooked) {
            return false;
        }
    }

    private boolean release(Hold hold) {
        Boolean released = commands.send(hold.release(), "reservation no booking uses");
        return Boolean.TRUE.equals(released);
    }
}

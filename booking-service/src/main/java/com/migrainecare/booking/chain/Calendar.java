package com.migrainecare.booking.chain;

import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The slots one resource (a therapist, a room, a client) is held for. Slots of the same booking never clash
 * with each other, so a booking can hold its new slot before it lets go of the old one. Slots that ended
 * long ago are forgotten, which keeps the state (and snapshots) small; pruning is driven by event time, so a
 * replay rebuilds the same state.
 */
public class Calendar {

    private static final Duration KEEP_PAST = Duration.ofDays(1);

    private final List<Reservation> reservations = new ArrayList<>();

    public Optional<Reservation> clashWith(BookingId booking, TimeSlot slot) {
        return clashWith(booking, slot, reservation -> Duration.ZERO);
    }

    /** The first slot of another booking closer to {@code slot} than the margin it asks for. */
    public Optional<Reservation> clashWith(BookingId booking, TimeSlot slot, Function<Reservation, Duration> margin) {
        return reservations.stream()
                .filter(r -> !r.bookingId().equals(booking))
                .filter(r -> r.slot().widenedBy(margin.apply(r)).overlaps(slot))
                .findFirst();
    }

    public Optional<Reservation> find(BookingId booking, TimeSlot slot) {
        return reservations.stream().filter(r -> r.isFor(booking, slot)).findFirst();
    }

    public boolean holds(BookingId booking, TimeSlot slot) {
        return find(booking, slot).isPresent();
    }

    public boolean anyOverlap(TimeSlot slot) {
        return reservations.stream().anyMatch(r -> r.slot().overlaps(slot));
    }

    public void add(Reservation reservation, Instant eventTime) {
        forgetBefore(eventTime);
        reservations.add(reservation);
    }

    public void remove(BookingId booking, TimeSlot slot, Instant eventTime) {
        reservations.removeIf(r -> r.isFor(booking, slot));
        forgetBefore(eventTime);
    }

    private void forgetBefore(Instant eventTime) {
        Instant horizon = eventTime.minus(KEEP_PAST);
        reservations.removeIf(r -> r.slot().endsBefore(horizon));
    }
}

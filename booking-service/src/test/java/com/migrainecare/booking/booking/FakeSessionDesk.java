package com.migrainecare.booking.booking;

import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.booking.PlaceRequest;
import com.migrainecare.kernel.booking.Placement;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.chain.CancellationPolicy;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link SessionDesk} for the booking fixture. It places every session where it is asked: in the named room,
 * else in the preferred room, else in its first free room, with the location's zone and cancellation policy it
 * was given. Told to refuse, it throws that refusal instead. It remembers every question, refused or not.
 */
final class FakeSessionDesk implements SessionDesk {

    /** What a booking command asked the desk. */
    record Question(
            BookingId booking,
            ClientId client,
            Set<Technique> techniques,
            boolean includesNeck,
            PlaceRequest request,
            RoomId preferredRoom,
            String clearanceOverrideReason) {}

    private final RoomId firstFreeRoom;
    private final ZoneId zone;
    private CancellationPolicy cancellationPolicy;
    private RuleViolation refusal;
    private RuleViolation spacingRefusal;
    private final List<Question> questions = new ArrayList<>();
    private final List<Duration> spacings = new ArrayList<>();

    FakeSessionDesk(RoomId firstFreeRoom, ZoneId zone, CancellationPolicy cancellationPolicy) {
        this.firstFreeRoom = Objects.requireNonNull(firstFreeRoom, "firstFreeRoom");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.cancellationPolicy = Objects.requireNonNull(cancellationPolicy, "cancellationPolicy");
    }

    /** From now on every session is placed under {@code policy}, as at a location that changed its policy. */
    void useCancellationPolicy(CancellationPolicy policy) {
        this.cancellationPolicy = Objects.requireNonNull(policy, "policy");
    }

    /** From now on every question is answered with {@code violation}. */
    void refuseWith(RuleViolation violation) {
        this.refusal = Objects.requireNonNull(violation, "violation");
    }

    @Override
    public Placement place(
            BookingId booking,
            ClientId client,
            Set<Technique> techniques,
            boolean includesNeck,
            PlaceRequest request,
            RoomId preferredRoom,
            String clearanceOverrideReason) {
        questions.add(new Question(
                booking,
                client,
                Set.copyOf(techniques),
                includesNeck,
                request,
                preferredRoom,
                clearanceOverrideReason));
        if (refusal != null) {
            throw refusal;
        }
        RoomId room =
                request.roomId() != null ? request.roomId() : preferredRoom != null ? preferredRoom : firstFreeRoom;
        return new Placement(
                request.therapistId(), request.locationId(), room, request.slot(), zone, cancellationPolicy);
    }

    /** From now on every spacing check is answered with {@code violation}. */
    void refuseSpacingWith(RuleViolation violation) {
        this.spacingRefusal = Objects.requireNonNull(violation, "violation");
    }

    @Override
    public void ensureClientSpacing(BookingId booking, ClientId client, TimeSlot slot, Duration spacing) {
        spacings.add(spacing);
        if (spacingRefusal != null) {
            throw spacingRefusal;
        }
    }

    /** The spacings asked for, in order. */
    List<Duration> spacings() {
        return List.copyOf(spacings);
    }

    /** Every question so far, in order. */
    List<Question> questions() {
        return List.copyOf(questions);
    }
}

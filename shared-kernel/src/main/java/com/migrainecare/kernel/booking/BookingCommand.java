package com.migrainecare.kernel.booking;

import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.CarePlanId;
import com.migrainecare.kernel.ids.ClientId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Commands on one session. {@code expectedVersion}, when given, must match the booking's current version.
 * Booking and moving claim the therapist's, the room's and the client's time in the command's own transaction.
 * {@code clientSpacing}, when positive, is the least time between the new session and the client's others.
 * {@code seriesOccurrence}, when set, names the occurrence of a recurring series the session is booked for.
 */
public sealed interface BookingCommand {

    BookingId bookingId();

    record BookSession(
            @TargetAggregateIdentifier BookingId bookingId,
            ClientId clientId,
            Technique technique,
            Set<Technique> adjuncts,
            boolean includesNeck,
            PlaceRequest place,
            String clearanceOverrideReason,
            Duration clientSpacing,
            SeriesOccurrence seriesOccurrence)
            implements BookingCommand {
        public BookSession {
            adjuncts = Set.copyOf(adjuncts);
            clientSpacing = clientSpacing == null ? Duration.ZERO : clientSpacing;
        }

        /** A session of no series. */
        public BookSession(
                BookingId bookingId,
                ClientId clientId,
                Technique technique,
                Set<Technique> adjuncts,
                boolean includesNeck,
                PlaceRequest place,
                String clearanceOverrideReason,
                Duration clientSpacing) {
            this(
                    bookingId,
                    clientId,
                    technique,
                    adjuncts,
                    includesNeck,
                    place,
                    clearanceOverrideReason,
                    clientSpacing,
                    null);
        }

        /** A session that may sit right next to the client's other sessions. */
        public BookSession(
                BookingId bookingId,
                ClientId clientId,
                Technique technique,
                Set<Technique> adjuncts,
                boolean includesNeck,
                PlaceRequest place,
                String clearanceOverrideReason) {
            this(bookingId, clientId, technique, adjuncts, includesNeck, place, clearanceOverrideReason, Duration.ZERO);
        }
    }

    /**
     * Holds a tentative session (an extra session a care plan proposes) under the same rules as a booking, until
     * the client confirms it or {@code holdUntil} passes.
     */
    record HoldSession(
            @TargetAggregateIdentifier BookingId bookingId,
            ClientId clientId,
            Technique technique,
            boolean includesNeck,
            PlaceRequest place,
            Duration clientSpacing,
            Instant holdUntil,
            CarePlanId carePlanId)
            implements BookingCommand {
        public HoldSession {
            Objects.requireNonNull(holdUntil, "holdUntil");
            clientSpacing = clientSpacing == null ? Duration.ZERO : clientSpacing;
        }
    }

    /** The client accepts a tentative session. */
    record ConfirmHold(
            @TargetAggregateIdentifier BookingId bookingId,
            @TargetAggregateVersion Long expectedVersion) implements BookingCommand {}

    /** The client turns a tentative session down. */
    record DeclineHold(
            @TargetAggregateIdentifier BookingId bookingId,
            @TargetAggregateVersion Long expectedVersion) implements BookingCommand {}

    /**
     * Moves the session; with no room named, it keeps its room when that is free, else takes a free one. With a
     * positive {@code clientSpacing} the new time keeps that far from the client's other sessions.
     */
    record RescheduleSession(
            @TargetAggregateIdentifier BookingId bookingId,
            PlaceRequest place,
            @TargetAggregateVersion Long expectedVersion,
            Duration clientSpacing)
            implements BookingCommand {
        public RescheduleSession {
            clientSpacing = clientSpacing == null ? Duration.ZERO : clientSpacing;
        }

        /** A move that may sit right next to the client's other sessions. */
        public RescheduleSession(BookingId bookingId, PlaceRequest place, Long expectedVersion) {
            this(bookingId, place, expectedVersion, Duration.ZERO);
        }
    }

    record CancelSession(
            @TargetAggregateIdentifier BookingId bookingId,
            @TargetAggregateVersion Long expectedVersion) implements BookingCommand {}

    record CheckIn(
            @TargetAggregateIdentifier BookingId bookingId,
            @TargetAggregateVersion Long expectedVersion) implements BookingCommand {}

    record CompleteSession(
            @TargetAggregateIdentifier BookingId bookingId,
            @TargetAggregateVersion Long expectedVersion) implements BookingCommand {}

    record RecordNoShow(
            @TargetAggregateIdentifier BookingId bookingId,
            @TargetAggregateVersion Long expectedVersion) implements BookingCommand {}
}

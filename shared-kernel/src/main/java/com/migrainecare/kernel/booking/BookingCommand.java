package com.migrainecare.kernel.booking;

import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import java.time.Duration;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Commands on one session. {@code expectedVersion}, when given, must match the booking's current version.
 * Booking and moving claim the therapist's, the room's and the client's time in the command's own transaction.
 * {@code clientSpacing}, when positive, is the least time between the new session and the client's others.
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
            Duration clientSpacing)
            implements BookingCommand {
        public BookSession {
            adjuncts = Set.copyOf(adjuncts);
            clientSpacing = clientSpacing == null ? Duration.ZERO : clientSpacing;
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

    /** Moves the session; with no room named, it keeps its room when that is free, else takes a free one. */
    record RescheduleSession(
            @TargetAggregateIdentifier BookingId bookingId,
            PlaceRequest place,
            @TargetAggregateVersion Long expectedVersion)
            implements BookingCommand {}

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

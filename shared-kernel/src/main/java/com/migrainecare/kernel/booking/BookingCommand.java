package com.migrainecare.kernel.booking;

import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Commands on one session. {@code expectedVersion}, when given, must match the booking's current version. */
public sealed interface BookingCommand {

    BookingId bookingId();

    record BookSession(
            @TargetAggregateIdentifier BookingId bookingId,
            ClientId clientId,
            Technique technique,
            Set<Technique> adjuncts,
            boolean includesNeck,
            Placement placement)
            implements BookingCommand {
        public BookSession {
            adjuncts = Set.copyOf(adjuncts);
        }
    }

    record RescheduleSession(
            @TargetAggregateIdentifier BookingId bookingId,
            Placement placement,
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

package com.migrainecare.kernel.chain;

import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands for locations and their rooms' calendars. */
public sealed interface LocationCommand {

    record CreateLocation(
            @TargetAggregateIdentifier LocationId locationId,
            String name,
            ZoneId timeZone,
            List<Room> rooms,
            CancellationPolicy cancellationPolicy)
            implements LocationCommand {
        public CreateLocation {
            rooms = List.copyOf(rooms);
        }
    }

    /** Holds a room for a booking; a booking may hold a second slot while it is being moved. */
    record ReserveRoom(
            @TargetAggregateIdentifier RoomId roomId, LocationId locationId, BookingId bookingId, TimeSlot slot)
            implements LocationCommand {}

    record ReleaseRoom(@TargetAggregateIdentifier RoomId roomId, BookingId bookingId, TimeSlot slot)
            implements LocationCommand {}
}

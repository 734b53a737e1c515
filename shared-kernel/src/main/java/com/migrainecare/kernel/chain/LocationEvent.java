package com.migrainecare.kernel.chain;

import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Facts about locations and their rooms' calendars. */
public sealed interface LocationEvent {

    @Revision("1")
    record LocationCreated(
            LocationId locationId,
            String name,
            ZoneId timeZone,
            List<Room> rooms,
            CancellationPolicy cancellationPolicy)
            implements LocationEvent {}

    @Revision("1")
    record RoomReserved(RoomId roomId, LocationId locationId, BookingId bookingId, TimeSlot slot)
            implements LocationEvent {}

    @Revision("1")
    record RoomReleased(RoomId roomId, LocationId locationId, BookingId bookingId, TimeSlot slot)
            implements LocationEvent {}
}

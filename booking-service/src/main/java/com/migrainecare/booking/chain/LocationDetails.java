package com.migrainecare.booking.chain;

import com.migrainecare.kernel.chain.CancellationPolicy;
import com.migrainecare.kernel.chain.Room;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import java.time.ZoneId;
import java.util.List;

/** What a booking needs to know about a location, read from the aggregate itself. */
public record LocationDetails(
        LocationId locationId, String name, ZoneId timeZone, List<Room> rooms, CancellationPolicy cancellationPolicy) {

    public boolean hasRoom(RoomId roomId) {
        return rooms.stream().anyMatch(room -> room.id().equals(roomId));
    }
}

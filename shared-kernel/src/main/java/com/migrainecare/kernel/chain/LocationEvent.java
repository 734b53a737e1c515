package com.migrainecare.kernel.chain;

import com.migrainecare.kernel.ids.LocationId;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Facts about locations and their rooms. */
public sealed interface LocationEvent {

    @Revision("1")
    record LocationCreated(
            LocationId locationId,
            String name,
            ZoneId timeZone,
            List<Room> rooms,
            CancellationPolicy cancellationPolicy)
            implements LocationEvent {}
}

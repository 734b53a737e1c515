package com.migrainecare.kernel.chain;

import com.migrainecare.kernel.ids.LocationId;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands for locations and their rooms. */
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
}

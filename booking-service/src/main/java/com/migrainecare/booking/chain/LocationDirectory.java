package com.migrainecare.booking.chain;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.ids.LocationId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * A location's zone, rooms and policy, read from the aggregate once and then remembered. That is exact, not a
 * cache that may lag: a {@link Location} has no command but its creation, so the details it is created with are
 * the details it keeps, in this process and in any other. (Should a command that changes a location be added,
 * this memo must go.) Reading through the memo takes no lock: loading the aggregate takes Axon's lock on it until
 * the unit of work ends, and a booking command that held it made every booking at the location wait for the one
 * in flight.
 */
@Component
public class LocationDirectory {

    private final AggregateReader<Location> reader;
    private final Map<LocationId, LocationDetails> known = new ConcurrentHashMap<>();

    public LocationDirectory(@Qualifier("locationRepository") Repository<Location> locations) {
        this.reader = new AggregateReader<>(locations, ErrorCode.LOCATION_NOT_FOUND);
    }

    public LocationDetails get(LocationId id) {
        LocationDetails details = known.get(id);
        if (details != null) {
            return details;
        }
        details = reader.read(id.value(), Location::details);
        known.put(id, details);
        return details;
    }
}

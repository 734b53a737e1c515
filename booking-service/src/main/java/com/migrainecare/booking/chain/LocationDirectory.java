package com.migrainecare.booking.chain;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.ids.LocationId;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** A location's zone, rooms and policy, straight from the aggregate (cached, so this is cheap). */
@Component
public class LocationDirectory {

    private final AggregateReader<Location> reader;

    public LocationDirectory(@Qualifier("locationRepository") Repository<Location> locations) {
        this.reader = new AggregateReader<>(locations, ErrorCode.LOCATION_NOT_FOUND);
    }

    public LocationDetails get(LocationId id) {
        return reader.read(id.value(), Location::details);
    }
}

package com.migrainecare.booking.chain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.chain.CancellationPolicy;
import com.migrainecare.kernel.chain.LocationCommand.CreateLocation;
import com.migrainecare.kernel.chain.LocationEvent.LocationCreated;
import com.migrainecare.kernel.chain.Room;
import com.migrainecare.kernel.ids.LocationId;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A clinic of the chain: its time zone, its rooms and its cancellation policy. Not in the aggregate cache: the
 * {@link LocationDirectory} remembers its details, and in the cache it shared with bookings a location's entry was
 * what a booking command named with the location's id found (a 503, not the 404 for an unknown booking).
 */
@Aggregate
public class Location {

    @AggregateIdentifier
    private LocationId locationId;

    private String name;
    private ZoneId timeZone;
    private List<Room> rooms = new ArrayList<>();
    private CancellationPolicy cancellationPolicy;

    protected Location() {
        // rebuilt from events
    }

    @CommandHandler
    public Location(CreateLocation command) {
        if (command.name() == null || command.name().isBlank()) {
            throw new RuleViolation(ErrorCode.INVALID_REQUEST, "a location needs a name");
        }
        if (command.rooms().isEmpty()) {
            throw new RuleViolation(ErrorCode.INVALID_REQUEST, "a location needs at least one treatment room");
        }
        if (command.rooms().stream().map(Room::name).distinct().count()
                != command.rooms().size()) {
            throw new RuleViolation(ErrorCode.INVALID_REQUEST, "room names must be unique within a location");
        }
        apply(new LocationCreated(
                command.locationId(),
                command.name(),
                command.timeZone(),
                command.rooms(),
                command.cancellationPolicy()));
    }

    public LocationDetails details() {
        return new LocationDetails(locationId, name, timeZone, List.copyOf(rooms), cancellationPolicy);
    }

    @EventSourcingHandler
    void on(LocationCreated event) {
        locationId = event.locationId();
        name = event.name();
        timeZone = event.timeZone();
        rooms = new ArrayList<>(event.rooms());
        cancellationPolicy = event.cancellationPolicy();
        // rooms keep the order they were given in: it is the order an unassigned booking tries them
    }
}

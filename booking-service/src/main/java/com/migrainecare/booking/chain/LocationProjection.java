package com.migrainecare.booking.chain;

import com.migrainecare.kernel.chain.LocationEvent.LocationCreated;
import com.migrainecare.kernel.chain.Room;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/** The {@code locations} read model: one document per location. */
@Component
@ProcessingGroup("read-models")
public class LocationProjection {

    static final String COLLECTION = "locations";

    private final MongoTemplate mongo;

    public LocationProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A location as the API shows it. */
    @Document(COLLECTION)
    public record LocationView(
            @Id String id, String name, String timeZone, List<RoomView> rooms, String freeCancellationNotice) {}

    /** A room as the API shows it. */
    public record RoomView(String id, String name) {}

    @EventHandler
    void on(LocationCreated event) {
        List<RoomView> rooms = event.rooms().stream()
                .map((Room room) -> new RoomView(room.id().value(), room.name()))
                .toList();
        mongo.save(new LocationView(
                event.locationId().value(),
                event.name(),
                event.timeZone().getId(),
                rooms,
                event.cancellationPolicy().freeCancellationNotice().toString()));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }
}

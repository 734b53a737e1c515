package com.migrainecare.bench.baseline;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A location with its rooms and the therapists who work there every day, 00:00-23:59. */
@Document("locations")
public record BaselineLocation(
        @Id String id, String name, String timeZone, List<Room> rooms, List<String> therapistIds) {

    /** A room of the location. */
    public record Room(String id, String name) {}
}

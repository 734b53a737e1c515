package com.migrainecare.kernel.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a location; serialised as its bare string value. */
public record LocationId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public LocationId {
        value = Ids.requireValid(value, "location");
    }

    public static LocationId random() {
        return new LocationId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}

package com.migrainecare.kernel.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a room; serialised as its bare string value. */
public record RoomId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public RoomId {
        value = Ids.requireValid(value, "room");
    }

    public static RoomId random() {
        return new RoomId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}

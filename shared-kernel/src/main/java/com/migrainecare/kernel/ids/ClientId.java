package com.migrainecare.kernel.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a client; serialised as its bare string value. */
public record ClientId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ClientId {
        value = Ids.requireValid(value, "client");
    }

    public static ClientId random() {
        return new ClientId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}

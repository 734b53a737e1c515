package com.migrainecare.kernel.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a recurring series of sessions; serialised as its bare string value. */
public record SeriesId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public SeriesId {
        value = Ids.requireValid(value, "series");
    }

    public static SeriesId random() {
        return new SeriesId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}

package com.migrainecare.kernel.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a therapist; serialised as its bare string value. */
public record TherapistId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public TherapistId {
        value = Ids.requireValid(value, "therapist");
    }

    public static TherapistId random() {
        return new TherapistId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}

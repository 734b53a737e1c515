package com.migrainecare.kernel.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a booking; serialised as its bare string value. */
public record BookingId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public BookingId {
        value = Ids.requireValid(value, "booking");
    }

    public static BookingId random() {
        return new BookingId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}

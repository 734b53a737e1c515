package com.migrainecare.kernel.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a client's place on the waitlist; serialised as its bare string value. */
public record WaitlistEntryId(@JsonValue String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public WaitlistEntryId {
        value = Ids.requireValid(value, "waitlist entry");
    }

    public static WaitlistEntryId random() {
        return new WaitlistEntryId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}

package com.migrainecare.kernel.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a client's care plan. It is derived from the client's id, with a prefix of its own, because the
 * event store keys streams by identifier alone and the client's own stream already has the bare id.
 */
public record CarePlanId(@JsonValue String value) {

    private static final String PREFIX = "care-plan-";

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CarePlanId {
        if (value == null || !value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a valid care plan id: " + value);
        }
        Ids.requireValid(value.substring(PREFIX.length()), "client");
    }

    public static CarePlanId of(ClientId client) {
        return new CarePlanId(PREFIX + client.value());
    }

    public ClientId clientId() {
        return new ClientId(value.substring(PREFIX.length()));
    }

    @Override
    public String toString() {
        return value;
    }
}

package com.migrainecare.booking.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;

/** The JSON the crash test reads and writes: request bodies, answers of the API and event payloads. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    /** A point in time as the API shows it: an offset date-time. */
    static Instant instant(JsonNode offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime.asText()).toInstant();
    }
}

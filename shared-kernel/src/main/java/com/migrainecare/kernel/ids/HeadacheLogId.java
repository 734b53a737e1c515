package com.migrainecare.kernel.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Identifies one calendar month of a client's headache diary: a stream per month keeps each one short. */
public record HeadacheLogId(@JsonValue String value) {

    private static final Pattern SHAPE = Pattern.compile("headache-log-(.+)-(\\d{4}-\\d{2})");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public HeadacheLogId {
        Matcher parts = value == null ? null : SHAPE.matcher(value);
        if (parts == null || !parts.matches()) {
            throw new IllegalArgumentException("not a valid headache log id: " + value);
        }
        Ids.requireValid(parts.group(1), "client");
    }

    public static HeadacheLogId of(ClientId client, YearMonth month) {
        return new HeadacheLogId("headache-log-" + client.value() + "-" + month);
    }

    @Override
    public String toString() {
        return value;
    }
}

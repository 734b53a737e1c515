package com.migrainecare.booking.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** API.md's times in answers: an offset date-time in the location's zone. */
public final class ResponseTimes {

    private ResponseTimes() {}

    public static String local(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}

package com.migrainecare.booking.calendar;

import java.time.Instant;
import java.time.ZoneId;

/**
 * One session as a calendar shows it: the booking id as its stable UID, the booking's version as its sequence,
 * its times in the location's zone, and nothing about the client's health.
 */
record FeedEvent(
        String uid,
        long sequence,
        Instant start,
        Instant end,
        ZoneId zone,
        String summary,
        String location,
        boolean cancelled,
        Instant lastModified) {}

package com.migrainecare.notification.reminder;

import java.time.Instant;
import java.time.ZoneId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A session as the reminder planner last saw it: whose, when, at which booking version, and whether it still
 * stands. Kept by the planner's own processor, in step with the reminders, so that a change of a client's
 * preferences re-plans exactly the sessions that stood at that point of the stream, in a replay too.
 */
@Document(PlannedSession.COLLECTION)
record PlannedSession(
        @Id String bookingId,
        String clientId,
        Instant start,
        Instant end,
        String zone,
        long version,
        boolean standing) {

    static final String COLLECTION = "reminder_sessions";

    static PlannedSession of(SessionFacts facts, boolean standing) {
        return new PlannedSession(
                facts.bookingId(),
                facts.clientId(),
                facts.start(),
                facts.end(),
                facts.zone().getId(),
                facts.version(),
                standing);
    }

    SessionFacts facts() {
        return new SessionFacts(bookingId, clientId, start, end, ZoneId.of(zone), version);
    }
}

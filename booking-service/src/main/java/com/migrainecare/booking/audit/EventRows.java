package com.migrainecare.booking.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Reads {@code DomainEventEntry} directly: the global index of a handled event (a tracking token names the
 * highest index seen, which is not the handled event's own when it fills a gap), and the stored bytes the hash
 * chain covers.
 */
@Component
class EventRows {

    private static final String COLUMNS = "globalIndex, eventIdentifier, aggregateIdentifier, sequenceNumber, type,"
            + " payloadType, payloadRevision, timeStamp, payload, metaData";

    private static final RowMapper<StoredEvent> ROW = (rs, n) -> new StoredEvent(
            rs.getLong("globalIndex"),
            rs.getString("eventIdentifier"),
            rs.getString("aggregateIdentifier"),
            rs.getLong("sequenceNumber"),
            rs.getString("type"),
            rs.getString("payloadType"),
            rs.getString("payloadRevision"),
            rs.getString("timeStamp"),
            rs.getBytes("payload"),
            rs.getBytes("metaData"));

    private final JdbcTemplate jdbc;

    EventRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredEvent> byIdentifier(String eventIdentifier) {
        return jdbc
                .query("SELECT " + COLUMNS + " FROM DomainEventEntry WHERE eventIdentifier = ?", ROW, eventIdentifier)
                .stream()
                .findFirst();
    }

    /** Events with {@code after < globalIndex <= upTo}, in global order, at most {@code limit}. */
    List<StoredEvent> range(long after, long upTo, int limit) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM DomainEventEntry WHERE globalIndex > ? AND globalIndex <= ?"
                        + " ORDER BY globalIndex FETCH FIRST " + limit + " ROWS ONLY",
                ROW,
                after,
                upTo);
    }

    /** One aggregate's events in its own order. */
    List<StoredEvent> ofAggregate(String aggregateIdentifier) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM DomainEventEntry WHERE aggregateIdentifier = ? ORDER BY sequenceNumber",
                ROW,
                aggregateIdentifier);
    }

    long count() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
        return count == null ? 0 : count;
    }
}

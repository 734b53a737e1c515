package com.migrainecare.booking.audit;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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

    /** The events at {@code indexes}, by global index; an index without an event is left out. */
    Map<Long, StoredEvent> byIndexes(List<Long> indexes) {
        if (indexes.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(", ", Collections.nCopies(indexes.size(), "?"));
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM DomainEventEntry WHERE globalIndex IN (" + marks + ")",
                        ROW,
                        indexes.toArray())
                .stream()
                .collect(Collectors.toMap(StoredEvent::globalIndex, event -> event));
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

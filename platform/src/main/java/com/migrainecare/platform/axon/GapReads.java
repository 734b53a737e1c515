package com.migrainecare.platform.axon;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

/**
 * The processors' read of the event stream while their token has gaps. Axon's own statement asks for
 * {@code (index > ? AND index <= ?) OR index IN (gaps)}, which H2 answers by walking the whole primary key, so a
 * read costs the size of the store. As two range and point lookups joined with UNION ALL, it costs the size of
 * the batch on H2 and PostgreSQL alike. The gaps all lie at or below the token's index, the range above it, so
 * the two parts never return the same event.
 */
final class GapReads {

    private GapReads() {}

    static PreparedStatement readEventDataWithGaps(
            Connection connection, EventSchema schema, long globalIndex, int batchSize, List<Long> gaps)
            throws SQLException {
        String fields = schema.trackedEventFields();
        String table = schema.domainEventTable();
        String index = schema.globalIndexColumn();
        String sql = "SELECT " + fields + " FROM (SELECT " + fields + " FROM " + table + " WHERE " + index
                + " > ? AND " + index + " <= ? UNION ALL SELECT " + fields + " FROM " + table + " WHERE " + index
                + " IN (" + String.join(",", Collections.nCopies(gaps.size(), "?")) + ")) tracked ORDER BY "
                + index + " ASC";
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setLong(1, globalIndex);
        statement.setLong(2, globalIndex + batchSize);
        for (int i = 0; i < gaps.size(); i++) {
            statement.setLong(i + 3, gaps.get(i));
        }
        return statement;
    }
}

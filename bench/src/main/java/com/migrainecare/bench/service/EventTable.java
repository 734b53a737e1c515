package com.migrainecare.bench.service;

import com.migrainecare.bench.core.Log;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;

/**
 * Axon's event table ({@code DomainEventEntry}, created by the platform's migrations), read and written with
 * plain JDBC: its size, the rows of one aggregate, and a bulk append of copies of those rows for new aggregates.
 */
public final class EventTable {

    static final String INSERT = "INSERT INTO %s (aggregateIdentifier, sequenceNumber, type, eventIdentifier,"
            + " metaData, payload, payloadRevision, payloadType, timeStamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int BATCH = 2_000;

    /** One stored event, as the columns hold it. */
    public record Row(
            String aggregateIdentifier,
            long sequenceNumber,
            String type,
            byte[] metaData,
            byte[] payload,
            String payloadRevision,
            String payloadType) {}

    private final DataSource dataSource;

    public EventTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long count() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM DomainEventEntry")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the events", e);
        }
    }

    /** The events of one aggregate, oldest first. */
    public List<Row> rowsOf(String aggregateIdentifier) {
        String sql = "SELECT aggregateIdentifier, sequenceNumber, type, metaData, payload, payloadRevision,"
                + " payloadType FROM DomainEventEntry WHERE aggregateIdentifier = ? ORDER BY sequenceNumber";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, aggregateIdentifier);
            List<Row> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(new Row(
                            rows.getString(1),
                            rows.getLong(2),
                            rows.getString(3),
                            rows.getBytes(4),
                            rows.getBytes(5),
                            rows.getString(6),
                            rows.getString(7)));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the events of " + aggregateIdentifier, e);
        }
    }

    /**
     * Appends copies of {@code template} (the events of one aggregate) for new aggregates, until at least
     * {@code events} rows were added: each copy gets a new aggregate id (replaced in the payload too), new event
     * ids and the current time, in JDBC batches of {@value #BATCH} rows with one commit per batch.
     */
    public long bulkAppend(List<Row> template, long events) {
        if (template.isEmpty()) {
            throw new IllegalArgumentException("no template events");
        }
        String oldId = template.get(0).aggregateIdentifier();
        long added = 0;
        long started = System.nanoTime();
        long nextReport = started + 5_000_000_000L;
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(String.format(INSERT, "DomainEventEntry"))) {
                int inBatch = 0;
                while (added < events) {
                    String newId = UUID.randomUUID().toString();
                    String now = DateTimeUtils.formatInstant(Instant.now());
                    for (Row row : template) {
                        bind(insert, row, newId, replace(row.payload(), oldId, newId), now);
                        insert.addBatch();
                        added++;
                        inBatch++;
                    }
                    if (inBatch >= BATCH || added >= events) {
                        insert.executeBatch();
                        connection.commit();
                        inBatch = 0;
                    }
                    if (System.nanoTime() > nextReport) {
                        nextReport += 5_000_000_000L;
                        Log.info(
                                "  bulk append: %,d of %,d events, %,.0f/s",
                                added, events, added / ((System.nanoTime() - started) / 1e9));
                    }
                }
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("bulk append failed after " + added + " events", e);
        }
        return added;
    }

    /**
     * Refreshes the query planner's statistics of the event table, as the database's own upkeep does soon after a
     * table grows (PostgreSQL's autovacuum analyses a table once a tenth of its rows changed): without it, the
     * first minutes after a bulk append that multiplies the table are measured against statistics of a table a
     * twentieth of its size. Returns the time it took.
     */
    public Duration analyze() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
            statement.execute(postgres ? "ANALYZE DomainEventEntry" : "ANALYZE TABLE DomainEventEntry");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot analyse the event table", e);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    static void bind(PreparedStatement insert, Row row, String aggregateId, byte[] payload, String timestamp)
            throws SQLException {
        insert.setString(1, aggregateId);
        insert.setLong(2, row.sequenceNumber());
        insert.setString(3, row.type());
        insert.setString(4, UUID.randomUUID().toString());
        insert.setBytes(5, row.metaData());
        insert.setBytes(6, payload);
        insert.setString(7, row.payloadRevision());
        insert.setString(8, row.payloadType());
        insert.setString(9, timestamp);
    }

    private static byte[] replace(byte[] payload, String oldId, String newId) {
        return new String(payload, StandardCharsets.UTF_8).replace(oldId, newId).getBytes(StandardCharsets.UTF_8);
    }
}

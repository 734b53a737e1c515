package com.migrainecare.booking.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The {@code event_hash_chain} table and the hash of one link: SHA-256 over the previous link's hash and every
 * stored column of the event (its global index, identifier, aggregate and sequence, types, revision, time,
 * payload and metadata bytes), each length-prefixed so that no two different events hash alike. Links follow each
 * other by {@code chain_position}: the order the chain's processor was handed the events.
 */
@Component
class ChainLinks {

    /** The hash before the first link. */
    static final Link GENESIS = new Link(0, 0, null, "0".repeat(64));

    private static final String LINK_COLUMNS = "chain_position, global_index, event_identifier, hash";
    private static final RowMapper<Link> LINK =
            (rs, n) -> new Link(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4));

    /** One link of the chain: its place in the chain and the event it covers. */
    record Link(long position, long globalIndex, String eventIdentifier, String hash) {}

    /** A stored event that has no link. */
    record Unlinked(long globalIndex, String eventIdentifier) {}

    private final JdbcTemplate jdbc;

    ChainLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Link head() {
        return jdbc
                .query(
                        "SELECT " + LINK_COLUMNS + " FROM event_hash_chain ORDER BY chain_position DESC"
                                + " FETCH FIRST 1 ROWS ONLY",
                        LINK)
                .stream()
                .findFirst()
                .orElse(GENESIS);
    }

    /** Links after the position {@code after}, in chain order, at most {@code limit}. */
    List<Link> after(long after, int limit) {
        return jdbc.query(
                "SELECT " + LINK_COLUMNS + " FROM event_hash_chain WHERE chain_position > ?"
                        + " ORDER BY chain_position FETCH FIRST " + limit + " ROWS ONLY",
                LINK,
                after);
    }

    /** Stored events up to {@code globalIndex} without a link, in global order. */
    List<Unlinked> unlinkedUpTo(long globalIndex) {
        return jdbc.query(
                "SELECT e.globalIndex, e.eventIdentifier FROM DomainEventEntry e WHERE e.globalIndex <= ? AND NOT"
                        + " EXISTS (SELECT 1 FROM event_hash_chain c WHERE c.global_index = e.globalIndex)"
                        + " ORDER BY e.globalIndex",
                (rs, n) -> new Unlinked(rs.getLong(1), rs.getString(2)),
                globalIndex);
    }

    boolean contains(String eventIdentifier) {
        Integer found = jdbc.queryForObject(
                "SELECT COUNT(*) FROM event_hash_chain WHERE event_identifier = ?", Integer.class, eventIdentifier);
        return found != null && found > 0;
    }

    Link append(Link previous, StoredEvent event) {
        Link link = new Link(
                previous.position() + 1, event.globalIndex(), event.eventIdentifier(), hash(previous.hash(), event));
        jdbc.update(
                "INSERT INTO event_hash_chain (chain_position, global_index, event_identifier, hash)"
                        + " VALUES (?, ?, ?, ?)",
                link.position(),
                link.globalIndex(),
                link.eventIdentifier(),
                link.hash());
        return link;
    }

    static String hash(String previousHash, StoredEvent event) {
        MessageDigest digest = sha256();
        field(digest, previousHash.getBytes(StandardCharsets.US_ASCII));
        field(digest, Long.toString(event.globalIndex()).getBytes(StandardCharsets.US_ASCII));
        text(digest, event.eventIdentifier());
        text(digest, event.aggregateIdentifier());
        field(digest, Long.toString(event.sequenceNumber()).getBytes(StandardCharsets.US_ASCII));
        text(digest, event.aggregateType());
        text(digest, event.payloadType());
        text(digest, event.payloadRevision());
        text(digest, event.timeStamp());
        field(digest, event.payload());
        field(digest, event.metaData());
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void text(MessageDigest digest, String value) {
        field(digest, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    /** A null field hashes as length -1, an empty one as length 0. */
    private static void field(MessageDigest digest, byte[] value) {
        digest.update(
                ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            digest.update(value);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", missing);
        }
    }
}

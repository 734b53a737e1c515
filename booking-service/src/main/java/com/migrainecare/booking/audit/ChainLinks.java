package com.migrainecare.booking.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code event_hash_chain} table and the hash of one link: SHA-256 over the previous link's hash and every
 * stored column of the event (its global index, identifier, aggregate and sequence, types, revision, time,
 * payload and metadata bytes), each length-prefixed so that no two different events hash alike.
 */
@Component
class ChainLinks {

    /** The hash before the first link. */
    static final Link GENESIS = new Link(0, null, "0".repeat(64));

    /** One link of the chain. */
    record Link(long globalIndex, String eventIdentifier, String hash) {}

    private final JdbcTemplate jdbc;

    ChainLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Link head() {
        return jdbc
                .query(
                        "SELECT global_index, event_identifier, hash FROM event_hash_chain"
                                + " ORDER BY global_index DESC FETCH FIRST 1 ROWS ONLY",
                        (rs, n) -> new Link(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .stream()
                .findFirst()
                .orElse(GENESIS);
    }

    /** Links after {@code after}, in order, at most {@code limit}. */
    List<Link> after(long after, int limit) {
        return jdbc.query(
                "SELECT global_index, event_identifier, hash FROM event_hash_chain WHERE global_index > ?"
                        + " ORDER BY global_index FETCH FIRST " + limit + " ROWS ONLY",
                (rs, n) -> new Link(rs.getLong(1), rs.getString(2), rs.getString(3)),
                after);
    }

    boolean contains(String eventIdentifier) {
        Integer found = jdbc.queryForObject(
                "SELECT COUNT(*) FROM event_hash_chain WHERE event_identifier = ?", Integer.class, eventIdentifier);
        return found != null && found > 0;
    }

    Link append(Link previous, StoredEvent event) {
        Link link = new Link(event.globalIndex(), event.eventIdentifier(), hash(previous.hash(), event));
        jdbc.update(
                "INSERT INTO event_hash_chain (global_index, event_identifier, hash) VALUES (?, ?, ?)",
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

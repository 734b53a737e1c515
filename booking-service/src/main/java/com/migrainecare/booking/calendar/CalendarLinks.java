package com.migrainecare.booking.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret links of calendar feeds, in the {@code calendar_link} table: one per user. A token is 256 random bits,
 * so its SHA-256 is enough to find it and useless to anybody who reads the table; issuing a new one replaces the old
 * row in the same transaction, so the old link is unknown from that commit on.
 */
@Component
public class CalendarLinks {

    /** 32 bytes in unpadded base64url. */
    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    public CalendarLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A link that the user's previous link, if any, no longer is; returned once, kept only as a hash. */
    public record Issued(String token, Instant issuedAt) {}

    @Transactional
    public Issued issue(String username, CalendarOwner owner) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM calendar_link WHERE username = ?").param(username).update();
        jdbc.sql("INSERT INTO calendar_link (username, token_hash, owner_kind, owner_id, issued_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(username, hash(token), owner.kind().name(), owner.id(), Timestamp.from(now))
                .update();
        return new Issued(token, now);
    }

    /** Ends the user's link; true when there was one. */
    @Transactional
    public boolean revoke(String username) {
        return jdbc.sql("DELETE FROM calendar_link WHERE username = ?")
                        .param(username)
                        .update()
                > 0;
    }

    /** Whose calendar a token opens; empty for a token never issued, rotated or revoked. */
    public Optional<CalendarOwner> find(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT owner_kind, owner_id FROM calendar_link WHERE token_hash = ?")
                .param(hash(token))
                .query((row, n) -> new CalendarOwner(
                        CalendarOwner.Kind.valueOf(row.getString("owner_kind")), row.getString("owner_id")))
                .optional();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package com.migrainecare.platform.web;

import com.mongodb.client.result.UpdateResult;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes creating POSTs safe to retry: the first response to an {@code Idempotency-Key} (per user) is kept
 * and replayed for the same body; a different body under the same key is refused. A key is claimed before
 * the request runs (a unique {@code _id}), so two racing retries cannot both create. A claim that is never
 * answered (the process died mid-request) expires after {@link IdempotencyProperties#pendingExpiry()}; the
 * next retry with the same body takes it over and runs.
 */
@Component
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    static final String COLLECTION = "idempotency_keys";
    private static final int MAX_KEY_LENGTH = 200;

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final MongoTemplate mongo;
    private final ProblemWriter problems;
    private final Clock clock;
    private final Duration pendingExpiry;

    /** Reads the time from the service's {@link Clock} where it has one. */
    public IdempotencyFilter(
            MongoTemplate mongo, ProblemWriter problems, Optional<Clock> clock, IdempotencyProperties properties) {
        this.mongo = mongo;
        this.problems = problems;
        this.clock = clock.orElse(Clock.systemUTC());
        this.pendingExpiry = properties.pendingExpiry();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            problems.write(
                    response,
                    HttpStatus.BAD_REQUEST,
                    "INVALID_IDEMPOTENCY_KEY",
                    "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String id = owner() + "|" + key;
        String fingerprint = fingerprint(request, body);
        Document holder = claim(id, fingerprint);
        if (holder != null) {
            replay(holder, fingerprint, response);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(new CachedBodyRequest(request, body), recorded);
        } catch (IOException | ServletException | RuntimeException failure) {
            mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION);
            throw failure;
        }
        remember(id, recorded);
        recorded.copyBodyToResponse();
    }

    /**
     * Claims the key for this request. Answers null when the request may run, otherwise the record that holds
     * the key: an earlier answer, or a claim that is still running.
     */
    private Document claim(String id, String fingerprint) {
        Document existing = mongo.findById(id, Document.class, COLLECTION);
        if (existing == null) {
            try {
                mongo.insert(
                        new Document("_id", id)
                                .append("fingerprint", fingerprint)
                                .append("state", "PENDING")
                                .append("createdAt", clock.instant().toString()),
                        COLLECTION);
                return null;
            } catch (DuplicateKeyException raced) {
                existing = mongo.findById(id, Document.class, COLLECTION);
                if (existing == null) {
                    return null;
                }
            }
        }
        if (isAbandoned(existing, fingerprint) && takeOver(existing)) {
            log.warn("Idempotency-Key claimed at {} was never answered; running the retry", claimedAt(existing));
            return null;
        }
        return existing;
    }

    /** A claim for this very request that has waited longer than a request can take. */
    private boolean isAbandoned(Document claim, String fingerprint) {
        return "PENDING".equals(claim.getString("state"))
                && fingerprint.equals(claim.getString("fingerprint"))
                && !clock.instant().isBefore(claimedAt(claim).plus(pendingExpiry));
    }

    /** Renews the abandoned claim for this request; false if another retry renewed or answered it first. */
    private boolean takeOver(Document abandoned) {
        UpdateResult renewed = mongo.updateFirst(
                Query.query(Criteria.where("_id")
                        .is(abandoned.get("_id"))
                        .and("state")
                        .is("PENDING")
                        .and("createdAt")
                        .is(abandoned.get("createdAt"))),
                new Update().set("createdAt", clock.instant().toString()),
                COLLECTION);
        return renewed.getModifiedCount() == 1;
    }

    private static Instant claimedAt(Document claim) {
        String createdAt = claim.getString("createdAt");
        return createdAt == null ? Instant.EPOCH : Instant.parse(createdAt);
    }

    private void remember(String id, ContentCachingResponseWrapper recorded) {
        if (recorded.getStatus() >= 500) {
            // a failure on our side is not an answer worth replaying: let the client retry for real
            mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION);
            return;
        }
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(id)),
                new Update()
                        .set("state", "DONE")
                        .set("status", recorded.getStatus())
                        .set("contentType", recorded.getContentType())
                        .set("location", recorded.getHeader("Location"))
                        .set("etag", recorded.getHeader("ETag"))
                        .set("body", new Binary(recorded.getContentAsByteArray())),
                COLLECTION);
    }

    private void replay(Document stored, String fingerprint, HttpServletResponse response) throws IOException {
        if (!fingerprint.equals(stored.getString("fingerprint"))) {
            problems.write(
                    response,
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "IDEMPOTENCY_KEY_REUSED",
                    "this Idempotency-Key was already used for a different request");
            return;
        }
        if (!"DONE".equals(stored.getString("state"))) {
            problems.write(
                    response,
                    HttpStatus.CONFLICT,
                    "IDEMPOTENCY_KEY_IN_USE",
                    "a request with this Idempotency-Key is still being processed; retry shortly");
            return;
        }
        response.setStatus(stored.getInteger("status"));
        setIfPresent(response, "Content-Type", stored.getString("contentType"));
        setIfPresent(response, "Location", stored.getString("location"));
        setIfPresent(response, "ETag", stored.getString("etag"));
        response.setHeader("Idempotent-Replayed", "true");
        response.getOutputStream().write(stored.get("body", Binary.class).getData());
    }

    private static void setIfPresent(HttpServletResponse response, String header, String value) {
        if (value != null) {
            response.setHeader(header, value);
        }
    }

    private static String owner() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "anonymous" : auth.getName();
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}

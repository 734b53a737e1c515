package com.migrainecare.bench.service;

import com.migrainecare.bench.core.Log;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit's hash chain ({@code event_hash_chain}) as the benchmark sees it: how far it is linked. After a bulk
 * append the chain still has to link every copied event, as it would have when they were booked, so the
 * benchmark lets it finish before it measures again instead of measuring beside it.
 */
public final class HashChain {

    private static final Duration REPORT_EVERY = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;

    public HashChain(ServiceInstance service) {
        this.jdbc = service.bean(JdbcTemplate.class);
    }

    /** The global index of the newest link, 0 before the first. */
    public long head() {
        Long head = jdbc.queryForObject("SELECT COALESCE(MAX(global_index), 0) FROM event_hash_chain", Long.class);
        return head == null ? 0 : head;
    }

    /** Waits, with a bounded poll, until the chain has linked {@code globalIndex}; returns how long that took. */
    public Duration awaitLinked(long globalIndex, Duration timeout) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        long nextReport = started + REPORT_EVERY.toNanos();
        long linked;
        while ((linked = head()) < globalIndex) {
            long now = System.nanoTime();
            if (now > deadline) {
                throw new IllegalStateException(
                        "the hash chain linked " + linked + " of " + globalIndex + " within " + timeout);
            }
            if (now > nextReport) {
                nextReport += REPORT_EVERY.toNanos();
                Log.info("  hash chain linking: %,d of %,d", linked, globalIndex);
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }
}

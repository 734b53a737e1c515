package com.migrainecare.booking.audit;

import com.migrainecare.platform.processing.WaitingForEvents;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Extends the hash chain in global order, in the transaction of the processor's token (a tracking processor,
 * {@code audit-chain}, one segment). Handling an event links every stored event from the chain's head up to
 * it, read from {@code DomainEventEntry} in index order, so the chain never depends on the order the processor
 * is handed events in. A missing index below the event may be an append still in flight: the link waits (the
 * handler fails and the processor retries it with back-off; health reports the segment as waiting, the service
 * stays ready) until the event after the gap is older than {@link AuditProperties#gapSettle()}, and then takes
 * the index for a rolled-back insert. An event that fills
 * such a gap later than that cannot be linked in order any more; verification reports it.
 */
@Component
@ProcessingGroup(HashChainLinker.PROCESSOR)
class HashChainLinker {

    static final String PROCESSOR = "audit-chain";

    private static final Logger log = LoggerFactory.getLogger(HashChainLinker.class);
    private static final int BATCH = 500;

    private final EventRows rows;
    private final ChainLinks chain;
    private final Clock clock;
    private final AuditProperties properties;

    HashChainLinker(EventRows rows, ChainLinks chain, Clock clock, AuditProperties properties) {
        this.rows = rows;
        this.chain = chain;
        this.clock = clock;
        this.properties = properties;
    }

    /** Thrown while a lower index may still appear; the processor retries the event later. */
    static final class GapNotSettled extends WaitingForEvents {
        GapNotSettled(long missing, long before) {
            super("global index " + missing + " is missing below " + before + " and may still be committed");
        }
    }

    @EventHandler
    @DisallowReplay
    void on(EventMessage<?> event) {
        var stored = rows.byIdentifier(event.getIdentifier());
        if (stored.isEmpty()) {
            log.warn("Event {} is not in the store; verification will report the chain", event.getIdentifier());
            return;
        }
        linkUpTo(stored.get().globalIndex());
        if (!chain.contains(event.getIdentifier())) {
            log.warn(
                    "Event {} (global index {}) was committed after later events were linked; it stays out of"
                            + " the chain and verification reports it",
                    event.getIdentifier(),
                    stored.get().globalIndex());
        }
    }

    void linkUpTo(long globalIndex) {
        ChainLinks.Link head = chain.head();
        while (head.globalIndex() < globalIndex) {
            var batch = rows.range(head.globalIndex(), globalIndex, BATCH);
            if (batch.isEmpty()) {
                return;
            }
            for (StoredEvent event : batch) {
                requireSettled(head.globalIndex() + 1, event);
                head = chain.append(head, event);
            }
        }
    }

    private void requireSettled(long expected, StoredEvent event) {
        Instant settledBefore = clock.instant().minus(properties.gapSettle());
        if (event.globalIndex() > expected && event.at().isAfter(settledBefore)) {
            throw new GapNotSettled(expected, event.globalIndex());
        }
    }
}

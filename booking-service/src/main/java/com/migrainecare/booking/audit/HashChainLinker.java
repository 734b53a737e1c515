package com.migrainecare.booking.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Extends the hash chain by each event in the order the processor is handed them (a tracking processor,
 * {@code audit-chain}, one segment), in the transaction of the processor's token. That order is global order,
 * except that an append committed late into a gap arrives after events with higher indexes: it is linked then,
 * at the chain's head, so the chain never skips an event and never waits for one. A redelivered event is linked
 * once.
 */
@Component
@ProcessingGroup(HashChainLinker.PROCESSOR)
class HashChainLinker {

    static final String PROCESSOR = "audit-chain";

    private static final Logger log = LoggerFactory.getLogger(HashChainLinker.class);

    private final EventRows rows;
    private final ChainLinks chain;

    HashChainLinker(EventRows rows, ChainLinks chain) {
        this.rows = rows;
        this.chain = chain;
    }

    @EventHandler
    @DisallowReplay
    void on(EventMessage<?> event) {
        if (chain.contains(event.getIdentifier())) {
            return;
        }
        var stored = rows.byIdentifier(event.getIdentifier());
        if (stored.isEmpty()) {
            log.warn("Event {} is not in the store; verification will report the chain", event.getIdentifier());
            return;
        }
        chain.append(chain.head(), stored.get());
    }
}

package com.migrainecare.booking.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Recomputes the hash chain from {@code DomainEventEntry} and compares it link by link: an edited event (or
 * edited metadata) no longer hashes to its link, a deleted one leaves a link without its event, and an event
 * added below the chain's head has no link. Events above the head are not linked yet and not judged.
 */
@Component
class ChainVerifier {

    private static final int BATCH = 500;

    private final EventRows rows;
    private final ChainLinks chain;

    ChainVerifier(EventRows rows, ChainLinks chain) {
        this.rows = rows;
        this.chain = chain;
    }

    /** The outcome: {@code brokenAt} and the rest are null when every link held. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Verdict(boolean verified, long events, Long brokenAt, String eventIdentifier, String reason) {

        static Verdict broken(long events, long at, String eventIdentifier, String reason) {
            return new Verdict(false, events, at, eventIdentifier, reason);
        }
    }

    Verdict verify() {
        ChainLinks.Link previous = ChainLinks.GENESIS;
        long verified = 0;
        List<ChainLinks.Link> links = chain.after(previous.globalIndex(), BATCH);
        while (!links.isEmpty()) {
            long last = links.get(links.size() - 1).globalIndex();
            TreeMap<Long, StoredEvent> events = new TreeMap<>();
            rows.range(previous.globalIndex(), last, Integer.MAX_VALUE)
                    .forEach(event -> events.put(event.globalIndex(), event));
            for (ChainLinks.Link link : links) {
                Verdict unlinked = unlinkedBelow(events, link.globalIndex(), verified);
                if (unlinked != null) {
                    return unlinked;
                }
                StoredEvent event = events.remove(link.globalIndex());
                if (event == null) {
                    return Verdict.broken(verified, link.globalIndex(), link.eventIdentifier(), "event missing");
                }
                if (!event.eventIdentifier().equals(link.eventIdentifier())) {
                    return Verdict.broken(
                            verified, link.globalIndex(), event.eventIdentifier(), "another event at this index");
                }
                if (!ChainLinks.hash(previous.hash(), event).equals(link.hash())) {
                    return Verdict.broken(
                            verified, link.globalIndex(), event.eventIdentifier(), "payload or metadata changed");
                }
                previous = link;
                verified++;
            }
            links = chain.after(previous.globalIndex(), BATCH);
        }
        return new Verdict(true, verified, null, null, null);
    }

    /** An event stored below a linked index that has no link of its own. */
    private static Verdict unlinkedBelow(TreeMap<Long, StoredEvent> events, long index, long verified) {
        Map.Entry<Long, StoredEvent> first = events.firstEntry();
        if (first == null || first.getKey() >= index) {
            return null;
        }
        StoredEvent event = first.getValue();
        return Verdict.broken(verified, event.globalIndex(), event.eventIdentifier(), "event not in the chain");
    }
}

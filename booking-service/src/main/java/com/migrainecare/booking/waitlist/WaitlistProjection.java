package com.migrainecare.booking.waitlist;

import com.migrainecare.booking.waitlist.WaitlistEntryView.Change;
import com.migrainecare.booking.waitlist.WaitlistEntryView.Offer;
import com.migrainecare.booking.waitlist.WaitlistEntryView.Outcome;
import com.migrainecare.kernel.waitlist.WaitlistEvent;
import com.migrainecare.kernel.waitlist.WaitlistEvent.OfferAccepted;
import com.migrainecare.kernel.waitlist.WaitlistEvent.OfferDeclined;
import com.migrainecare.kernel.waitlist.WaitlistEvent.OfferExpired;
import com.migrainecare.kernel.waitlist.WaitlistEvent.SlotOffered;
import com.migrainecare.kernel.waitlist.WaitlistEvent.WaitlistJoined;
import com.migrainecare.kernel.waitlist.WaitlistEvent.WaitlistLeft;
import com.migrainecare.platform.axon.AxonStoreConfiguration;
import com.migrainecare.platform.store.VersionedDocuments;
import java.time.Instant;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes {@link WaitlistEntryView}, one document per entry. It runs in the matching processor, so the matcher
 * finds every entry that joined before the slot it matches was freed. An event older than the document is
 * skipped, so replays and redeliveries change nothing.
 */
@Component
@ProcessingGroup(WaitlistMatcher.GROUP)
public class WaitlistProjection {

    private final MongoTemplate mongo;

    public WaitlistProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(WaitlistJoined event, @SequenceNumber long seq, @Timestamp Instant at, MetaData metaData) {
        apply(event, seq, current -> WaitlistEntryView.joined(event, seq, at, change(event, seq, at, metaData)));
    }

    @EventHandler
    void on(SlotOffered event, @SequenceNumber long seq, @Timestamp Instant at, MetaData metaData) {
        apply(event, seq, current -> current.offered(Offer.of(event, at), seq, change(event, seq, at, metaData)));
    }

    @EventHandler
    void on(OfferAccepted event, @SequenceNumber long seq, @Timestamp Instant at, MetaData metaData) {
        apply(
                event,
                seq,
                current -> current.offerEnded(
                        Outcome.ACCEPTED,
                        WaitlistStatus.ACCEPTED,
                        event.bookingId().value(),
                        seq,
                        at,
                        change(event, seq, at, metaData)));
    }

    @EventHandler
    void on(OfferDeclined event, @SequenceNumber long seq, @Timestamp Instant at, MetaData metaData) {
        ended(event, Outcome.DECLINED, WaitlistStatus.WAITING, seq, at, metaData);
    }

    @EventHandler
    void on(OfferExpired event, @SequenceNumber long seq, @Timestamp Instant at, MetaData metaData) {
        ended(event, Outcome.EXPIRED, WaitlistStatus.WAITING, seq, at, metaData);
    }

    @EventHandler
    void on(WaitlistLeft event, @SequenceNumber long seq, @Timestamp Instant at, MetaData metaData) {
        ended(event, Outcome.WITHDRAWN, WaitlistStatus.LEFT, seq, at, metaData);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(WaitlistEntryView.class);
    }

    private void ended(WaitlistEvent event, Outcome how, WaitlistStatus next, long seq, Instant at, MetaData metaData) {
        apply(
                event,
                seq,
                current ->
                        current.offerEnded(how, next, current.bookingId(), seq, at, change(event, seq, at, metaData)));
    }

    private void apply(WaitlistEvent event, long seq, UnaryOperator<WaitlistEntryView> next) {
        VersionedDocuments.saveIfNewer(
                mongo, WaitlistEntryView.class, event.entryId().value(), WaitlistEntryView::version, seq, next);
    }

    private static Change change(WaitlistEvent event, long seq, Instant at, MetaData metaData) {
        return new Change(
                seq,
                event.getClass().getSimpleName(),
                at,
                Objects.toString(metaData.get(AxonStoreConfiguration.ACTOR), "system"),
                Objects.toString(metaData.get(AxonStoreConfiguration.REASON), null));
    }
}

package com.migrainecare.notification.session;

import com.migrainecare.kernel.booking.BookingEvent;
import com.migrainecare.kernel.booking.BookingEvent.ClientCheckedIn;
import com.migrainecare.kernel.booking.BookingEvent.HeldSessionConfirmed;
import com.migrainecare.kernel.booking.BookingEvent.HoldReleased;
import com.migrainecare.kernel.booking.BookingEvent.NoShowRecorded;
import com.migrainecare.kernel.booking.BookingEvent.SessionBooked;
import com.migrainecare.kernel.booking.BookingEvent.SessionCancelled;
import com.migrainecare.kernel.booking.BookingEvent.SessionCompleted;
import com.migrainecare.kernel.booking.BookingEvent.SessionHeld;
import com.migrainecare.kernel.booking.BookingEvent.SessionRescheduled;
import com.migrainecare.kernel.booking.BookingStatus;
import com.migrainecare.platform.store.VersionedDocuments;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link WatchedSession} documents in step with the booking events. Every event carries the placement
 * it leaves behind, so each one alone determines the document; the aggregate sequence number decides which one
 * is the latest, which makes redelivery and replays harmless.
 */
@Component
@ProcessingGroup(WatchedSessionProjection.PROCESSING_GROUP)
public class WatchedSessionProjection {

    public static final String PROCESSING_GROUP = "session-watch";

    private static final Logger log = LoggerFactory.getLogger(WatchedSessionProjection.class);

    private final MongoTemplate mongo;

    public WatchedSessionProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(SessionBooked event, @SequenceNumber long sequence, @Timestamp Instant at) {
        watch(event, BookingStatus.CONFIRMED, sequence, at);
    }

    @EventHandler
    void on(SessionHeld event, @SequenceNumber long sequence, @Timestamp Instant at) {
        watch(event, BookingStatus.TENTATIVE, sequence, at);
    }

    @EventHandler
    void on(HeldSessionConfirmed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        watch(event, BookingStatus.CONFIRMED, sequence, at);
    }

    @EventHandler
    void on(HoldReleased event, @SequenceNumber long sequence, @Timestamp Instant at) {
        watch(event, event.expired() ? BookingStatus.EXPIRED : BookingStatus.DECLINED, sequence, at);
    }

    @EventHandler
    void on(SessionRescheduled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        watch(event, BookingStatus.CONFIRMED, sequence, at);
    }

    @EventHandler
    void on(SessionCancelled event, @SequenceNumber long sequence, @Timestamp Instant at) {
        watch(event, event.late() ? BookingStatus.LATE_CANCELLED : BookingStatus.CANCELLED, sequence, at);
    }

    @EventHandler
    void on(ClientCheckedIn event, @SequenceNumber long sequence, @Timestamp Instant at) {
        watch(event, BookingStatus.CHECKED_IN, sequence, at);
    }

    @EventHandler
    void on(SessionCompleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        watch(event, BookingStatus.COMPLETED, sequence, at);
    }

    @EventHandler
    void on(NoShowRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        watch(event, BookingStatus.NO_SHOW, sequence, at);
    }

    /** A reset replays every event, and the sequence guard would ignore them all against the old documents. */
    @ResetHandler
    void onReset() {
        mongo.remove(new Query(), WatchedSession.class);
    }

    private void watch(BookingEvent event, BookingStatus status, long sequence, Instant at) {
        WatchedSession session = WatchedSession.of(event, status, sequence, at);
        boolean stored = VersionedDocuments.saveIfNewer(
                mongo,
                WatchedSession.class,
                session.bookingId(),
                WatchedSession::lastSequence,
                sequence,
                current -> session);
        if (!stored) {
            log.debug("Booking {}: event {} is already reflected, skipped", event.bookingId(), sequence);
        }
    }
}

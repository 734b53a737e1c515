package com.migrainecare.booking.booking;

import com.migrainecare.booking.booking.BookingHistory.Changes;
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
import com.migrainecare.kernel.booking.Placement;
import com.migrainecare.platform.axon.AxonStoreConfiguration;
import com.migrainecare.platform.store.BatchedWrites;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Writes {@link BookingView} (one document per booking, at the version of the last event applied) and
 * {@link BookingHistory} (one document per booking, its entries keyed by sequence number). An event older than
 * the document is skipped, so replays and redeliveries change nothing. The writes of a processor batch go to the
 * store together when it commits ({@link BatchedWrites}).
 */
@Component
@ProcessingGroup("read-models")
public class BookingProjection {

    private final MongoTemplate mongo;
    private final BatchedWrites writes;

    public BookingProjection(MongoTemplate mongo, BatchedWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    @EventHandler
    void on(SessionBooked event, @SequenceNumber long seq, @Timestamp Instant at, MetaData metaData) {
        create(event, seq, at, metaData, () -> BookingView.booked(event, seq, at), event.placement());
    }

    @EventHandler
    void on(SessionHeld event, @SequenceNumber long seq, @Timestamp Instant at, MetaData metaData) {
        create(event, seq, at, metaData, () -> BookingView.held(event, seq, at), event.placement());
    }

    @EventHandler
    void on(HeldSessionConfirmed event, @SequenceNumber long seq, @Timestamp Instant at, MetaData metaData) {
        statusChange(event, seq, at, metaData, BookingStatus.CONFIRMED);
    }

    @EventHandler
    void on(HoldReleased event, @SequenceNumber long seq, @Timestamp Instant at, MetaData metaData) {
        statusChange(event, seq, at, metaData, event.expired() ? BookingStatus.EXPIRED : BookingStatus.DECLINED);
    }

    @EventHandler
    void on(SessionRescheduled event, @SequenceNumber long seq, @Timestamp Instant at, MetaData metaData) {
        apply(
                event,
                seq,
                at,
                metaData,
                // a move keeps the status (only a session that has not started can be moved)
                current -> BookingView.after(
                        current, event, current == null ? BookingStatus.CONFIRMED : current.status(), seq, at),
                Changes.between(event.previous(), event.placement()));
    }

    @EventHandler
    void on(SessionCancelled event, @SequenceNumber long seq, @Timestamp Instant at, MetaData metaData) {
        BookingStatus status = event.late() ? BookingStatus.LATE_CANCELLED : BookingStatus.CANCELLED;
        statusChange(event, seq, at, metaData, status);
    }

    @EventHandler
    void on(ClientCheckedIn event, @SequenceNumber long seq, @Timestamp Instant at, MetaData metaData) {
        statusChange(event, seq, at, metaData, BookingStatus.CHECKED_IN);
    }

    @EventHandler
    void on(SessionCompleted event, @SequenceNumber long seq, @Timestamp Instant at, MetaData metaData) {
        statusChange(event, seq, at, metaData, BookingStatus.COMPLETED);
    }

    @EventHandler
    void on(NoShowRecorded event, @SequenceNumber long seq, @Timestamp Instant at, MetaData metaData) {
        statusChange(event, seq, at, metaData, BookingStatus.NO_SHOW);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(BookingView.class);
        mongo.dropCollection(BookingHistory.class);
    }

    private void statusChange(BookingEvent event, long seq, Instant at, MetaData metaData, BookingStatus status) {
        apply(
                event,
                seq,
                at,
                metaData,
                current -> BookingView.after(current, event, status, seq, at),
                Changes.status(status));
    }

    private void apply(
            BookingEvent event,
            long seq,
            Instant at,
            MetaData metaData,
            UnaryOperator<BookingView> next,
            Changes changes) {
        writes.saveIfNewer(BookingView.class, event.bookingId().value(), BookingView::version, seq, next);
        record(event, seq, at, metaData, changes);
    }

    /** A booking's first event: its view is inserted (without reading first) and the event added to its history. */
    private void create(
            BookingEvent event,
            long seq,
            Instant at,
            MetaData metaData,
            Supplier<BookingView> first,
            Placement placement) {
        writes.createOrSaveIfNewer(BookingView.class, event.bookingId().value(), BookingView::version, seq, first);
        record(event, seq, at, metaData, Changes.between(null, placement));
    }

    /** Adds the event to the booking's history, keyed by sequence number: writing it again replaces it. */
    private void record(BookingEvent event, long seq, Instant at, MetaData metaData, Changes changes) {
        String id = event.bookingId().value();
        BookingHistory.Entry entry = new BookingHistory.Entry(
                seq,
                event.getClass().getSimpleName(),
                at,
                Objects.toString(metaData.get(AxonStoreConfiguration.ACTOR), "system"),
                Objects.toString(metaData.get(AxonStoreConfiguration.REASON), null),
                changes);
        writes.upsert(BookingHistory.class, id, new Update().set("entries." + seq, entry));
    }
}

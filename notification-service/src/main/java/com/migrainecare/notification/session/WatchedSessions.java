package com.migrainecare.notification.session;

import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.platform.store.VersionedDocuments;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The {@code watched_sessions} collection: one document per booking, keyed by the booking id. */
@Component
public class WatchedSessions {

    static final String COLLECTION = "watched_sessions";

    private final MongoTemplate mongo;

    public WatchedSessions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<WatchedSession> find(BookingId bookingId) {
        return Optional.ofNullable(mongo.findById(bookingId.value(), WatchedSession.class, COLLECTION));
    }

    /**
     * Stores {@code session} unless the stored document already reflects this or a later event. Returns
     * whether it was stored.
     */
    boolean storeIfNewer(WatchedSession session) {
        return VersionedDocuments.upsertIfNewer(
                mongo, COLLECTION, session.bookingId(), "lastSequence", session.lastSequence(), fieldsOf(session));
    }

    void clear() {
        mongo.remove(new Query(), COLLECTION);
    }

    private static Update fieldsOf(WatchedSession session) {
        return new Update()
                .set("clientId", session.clientId())
                .set("therapistId", session.therapistId())
                .set("locationId", session.locationId())
                .set("start", session.start())
                .set("end", session.end())
                .set("zone", session.zone().getId())
                .set("status", session.status().name())
                .set("lastSequence", session.lastSequence())
                .set("updatedAt", session.updatedAt());
    }
}

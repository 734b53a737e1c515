package com.migrainecare.notification.session;

import com.migrainecare.kernel.ids.BookingId;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Reads of the watched sessions that {@link WatchedSessionProjection} writes: one per booking, by its id. */
@Component
public class WatchedSessions {

    private final MongoTemplate mongo;

    public WatchedSessions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<WatchedSession> find(BookingId bookingId) {
        return Optional.ofNullable(mongo.findById(bookingId.value(), WatchedSession.class));
    }
}

package com.migrainecare.notification.session;

import com.migrainecare.kernel.ids.BookingId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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

    /** The watched sessions among {@code bookingIds}, in one read (a booking not watched is left out). */
    public List<WatchedSession> findAll(Collection<BookingId> bookingIds) {
        List<String> ids = bookingIds.stream().map(BookingId::value).distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), WatchedSession.class);
    }
}

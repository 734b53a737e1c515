package com.migrainecare.notification.reminder;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The {@code reminder_sessions} collection. A session is written only by a version at least as new as the one
 * stored, so an event handled again, or a replay from an earlier point, never brings back an older state.
 */
@Component
class PlannedSessions {

    private final MongoTemplate mongo;

    PlannedSessions(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(PlannedSession.COLLECTION).ensureIndex(new Index().on("clientId", Sort.Direction.ASC));
    }

    void record(PlannedSession session) {
        PlannedSession stored = mongo.findById(session.bookingId(), PlannedSession.class);
        if (stored == null || stored.version() <= session.version()) {
            mongo.save(session);
        }
    }

    List<PlannedSession> standingOf(String clientId) {
        return mongo.find(
                Query.query(
                        Criteria.where("clientId").is(clientId).and("standing").is(true)),
                PlannedSession.class);
    }
}

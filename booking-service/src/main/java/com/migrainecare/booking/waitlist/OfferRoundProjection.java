package com.migrainecare.booking.waitlist;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The matcher's own state, {@link OfferRound}s, written as it follows the events. Each write is a set or an
 * add-to-set, so an event handled twice leaves the same document.
 */
@Component
class OfferRoundProjection {

    private final MongoTemplate mongo;

    OfferRoundProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The round as stored, created from {@code freed} when there is none yet. */
    OfferRound open(OfferRound freed) {
        OfferRound stored = mongo.findById(freed.id(), OfferRound.class);
        if (stored != null) {
            return stored;
        }
        mongo.insert(freed);
        return freed;
    }

    /** The open round of the therapist's slot at {@code start} is now held by {@code entryId}. */
    void offered(String therapistId, Instant start, String entryId) {
        Query open = Query.query(Criteria.where("therapistId")
                .is(therapistId)
                .and("start")
                .is(start)
                .and("closed")
                .is(false));
        mongo.updateMulti(open, new Update().set("current", entryId).addToSet("passed", entryId), OfferRound.class);
    }

    /** Entries that cannot take the slot (refused by the rules) are passed over for the rest of the round. */
    OfferRound passOver(OfferRound round, String entryId) {
        return mongo.findAndModify(
                Query.query(Criteria.where("_id").is(round.id())),
                new Update().addToSet("passed", entryId),
                FindAndModifyOptions.options().returnNew(true),
                OfferRound.class);
    }

    /** The open round the entry holds the slot of, if any. */
    Optional<OfferRound> heldBy(String entryId) {
        return Optional.ofNullable(mongo.findOne(
                Query.query(Criteria.where("current").is(entryId).and("closed").is(false)), OfferRound.class));
    }

    /** The entry no longer holds the round's slot. */
    OfferRound released(OfferRound round) {
        return mongo.findAndModify(
                Query.query(Criteria.where("_id").is(round.id())),
                new Update().set("current", null),
                FindAndModifyOptions.options().returnNew(true),
                OfferRound.class);
    }

    void close(OfferRound round) {
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(round.id())),
                new Update().set("closed", true).set("current", null),
                OfferRound.class);
    }
}

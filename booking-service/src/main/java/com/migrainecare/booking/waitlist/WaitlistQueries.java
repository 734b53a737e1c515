package com.migrainecare.booking.waitlist;

import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.time.TimeSlot;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads of the {@code waitlist_entries} read model. */
@Component
public class WaitlistQueries {

    /** The most entries one list answers. */
    static final int LIST_LIMIT = 500;

    private final MongoTemplate mongo;

    public WaitlistQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<WaitlistEntryView> get(String id) {
        return Optional.ofNullable(mongo.findById(id, WaitlistEntryView.class));
    }

    /** Entries of a client and/or at a location, in the order they joined. */
    public List<WaitlistEntryView> list(String clientId, String locationId, WaitlistStatus status) {
        Criteria criteria = new Criteria();
        if (clientId != null) {
            criteria = criteria.and("clientId").is(clientId);
        }
        if (locationId != null) {
            criteria = criteria.and("locationIds").is(locationId);
        }
        if (status != null) {
            criteria = criteria.and("status").is(status.name());
        }
        return mongo.find(inJoiningOrder(criteria).limit(LIST_LIMIT), WaitlistEntryView.class);
    }

    /**
     * Entries waiting now at {@code location} whose window holds {@code slot}, first come first: the candidates for
     * a freed slot. Whether one may really take it is the offer command's decision, under the booking locks.
     */
    List<WaitlistEntryView> candidatesFor(LocationId location, TimeSlot slot) {
        Criteria criteria = Criteria.where("status")
                .is(WaitlistStatus.WAITING.name())
                .and("locationIds")
                .is(location.value())
                .and("from")
                .lte(slot.start())
                .and("to")
                .gte(slot.end());
        return mongo.find(inJoiningOrder(criteria), WaitlistEntryView.class);
    }

    private static Query inJoiningOrder(Criteria criteria) {
        return Query.query(criteria).with(Sort.by("joinedAt", "_id"));
    }
}

package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.axonframework.common.caching.Cache;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;

/** Aggregates rebuilt from a snapshot (not the cache) keep every rule: nothing is lost in the round trip. */
@TestPropertySource(properties = "clinic.axon.snapshot-threshold=3")
class SnapshotAndCacheTest extends ApiTestSupport {

    @Autowired
    private MongoTemplate mongo;

    @Autowired
    private Cache aggregateCache;

    @Test
    void rulesHoldAfterReloadingFromSnapshots() {
        Chain chain = chain("Europe/Berlin");
        for (String start : List.of("2030-12-02T09:00", "2030-12-02T10:00", "2030-12-02T11:00", "2030-12-02T12:00")) {
            created(call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, client(), start)));
        }
        eventually(() -> assertThat(mongo.count(
                        Query.query(Criteria.where("aggregateIdentifier").is(chain.therapist())), "snapshotevents"))
                .isPositive());
        Document snapshot = mongo.findOne(
                Query.query(Criteria.where("aggregateIdentifier").is(chain.therapist())),
                Document.class,
                "snapshotevents");
        assertThat(snapshot.get("serializedPayload").toString())
                .contains("reservations")
                .contains("shifts");

        aggregateCache.removeAll();

        // the therapist, rebuilt from the snapshot, still knows its shift, its sessions and its techniques
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, client(), "2030-12-02T10:30")),
                409,
                "THERAPIST_UNAVAILABLE");
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, client(), "2030-12-02T19:30")),
                422,
                "OUTSIDE_SHIFT");
        Map<String, Object> body = new java.util.HashMap<>(bookingBody(chain, client(), "2030-12-02T14:00"));
        body.put("technique", "CUPPING");
        assertProblem(call(HttpMethod.POST, "desk", "/api/bookings", body), 422, "THERAPIST_NOT_QUALIFIED");
        created(call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, client(), "2030-12-02T13:00")));
    }
}

package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** Aggregates rebuilt from a snapshot (not the cache) keep every rule: nothing is lost in the round trip. */
@TestPropertySource(properties = "clinic.axon.snapshot-threshold=3")
class SnapshotAndCacheTest extends ApiTestSupport {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Cache aggregateCache;

    @Test
    void rulesHoldAfterReloadingFromSnapshots() {
        Chain chain = chain("Europe/Berlin");
        for (String start : List.of("2030-12-02T09:00", "2030-12-02T10:00", "2030-12-02T11:00", "2030-12-02T12:00")) {
            created(call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, client(), start)));
        }
        // the therapist's own record grows past the snapshot threshold: registered, a shift, two days off
        for (String day : List.of("2030-12-05", "2030-12-06")) {
            created(call(
                    HttpMethod.POST,
                    "admin",
                    "/api/therapists/" + chain.therapist() + "/time-off",
                    Map.of("start", day + "T08:00:00+01:00", "end", day + "T20:00:00+01:00")));
        }
        String snapshots = "SELECT payload FROM SnapshotEventEntry WHERE aggregateIdentifier = ?";
        eventually(() -> assertThat(jdbc.queryForList(snapshots, byte[].class, chain.therapist()))
                .isNotEmpty());
        byte[] snapshot =
                jdbc.queryForList(snapshots, byte[].class, chain.therapist()).get(0);
        assertThat(new String(snapshot, StandardCharsets.UTF_8))
                .contains("shifts")
                .contains("timeOff");

        aggregateCache.removeAll();

        // the therapist, rebuilt from the snapshot, still knows its shift, its time off and its techniques; its
        // sessions are in the claims table
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, client(), "2030-12-05T10:00")),
                409,
                "THERAPIST_ON_TIME_OFF");
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

package com.migrainecare.booking.crash;

import static com.migrainecare.booking.crash.Json.instant;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.migrainecare.booking.crash.Overlaps.StandingSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Reads the read models of the restarted service over HTTP, as its clients do, and holds them against the store
 * of record: once the service has caught up, the bookings view must be the event store's picture, and the
 * availability view must offer no time a standing session holds.
 */
final class ViewChecker {

    private final ServiceProcess service;
    private final ClinicSetup clinic;
    private final Truth truth;
    private final CrashReport report;
    /** The bookings view, by id, as last listed. */
    private final Map<String, JsonNode> view = new HashMap<>();

    ViewChecker(ServiceProcess service, ClinicSetup clinic, Truth truth, CrashReport report) {
        this.service = service;
        this.clinic = clinic;
        this.truth = truth;
        this.report = report;
    }

    /** Waits for the bookings view to show every booking as its events tell it, and nothing else. */
    void awaitBookingsViewCatchingUp(StoreOfRecord store) {
        List<String> lag = new ArrayList<>();
        long waitedFrom = System.nanoTime();
        boolean caughtUp = settles("the bookings view catches up with the event store", 30, lag, () -> {
            Map<String, JsonNode> listed = listBookings();
            view.clear();
            view.putAll(listed);
            return viewMismatches(listed);
        });
        if (!caughtUp) {
            lag.forEach(mismatch -> report.problem("VIEW never caught up: " + mismatch));
            report.problem("VIEW never caught up: the read-models processor's token is " + store.readModelsToken()
                    + ", the last event's global index " + truth.lastIndex());
        }
        report.figures().catchUpMillis =
                Duration.ofNanos(System.nanoTime() - waitedFrom).toMillis();
    }

    /** Each acknowledged booking reads, one by one, as its events tell it. */
    void acknowledgedBookingsReadAsStored(Set<String> ids) throws IOException, InterruptedException {
        for (String id : ids) {
            Reply read = service.call("GET", "desk", "/api/bookings/" + id, null);
            if (read.status() != 200) {
                report.problem("LOST: GET /api/bookings/" + id + " answers " + read.status() + " " + read.body());
            } else if (!State.of(read.body()).equals(truth.sessions().get(id).state())) {
                report.problem("GET /api/bookings/" + id + " shows " + State.of(read.body()) + ", the events "
                        + truth.sessions().get(id).state());
            }
        }
    }

    List<String> overlapsInTheBookingsView() {
        return Overlaps.amongSessions(
                "bookings view",
                view.values().stream()
                        .filter(booking ->
                                "CONFIRMED".equals(booking.path("status").asText()))
                        .map(StandingSession::of)
                        .toList());
    }

    /**
     * The busy-time view is fed by the same processor; gives it the moment it may lag behind the bookings view.
     * Returns how many stale offers it still made (the first five are problems of the report).
     */
    int awaitAvailabilityWithoutStaleOffers() {
        List<String> offeredButTaken = new ArrayList<>();
        if (!settles(
                "the availability view offers no time a standing session holds",
                15,
                offeredButTaken,
                this::offeredButTaken)) {
            offeredButTaken.stream().limit(5).forEach(report::problem);
            if (offeredButTaken.size() > 5) {
                report.problem("... and " + (offeredButTaken.size() - 5) + " more such offers");
            }
        }
        return offeredButTaken.size();
    }

    /**
     * Polls {@code findings} every half second until it finds nothing; false if it still found something after
     * {@code seconds}. {@code last} holds what it found last.
     */
    private static boolean settles(String alias, long seconds, List<String> last, Callable<List<String>> findings) {
        try {
            Awaitility.await(alias)
                    .atMost(Duration.ofSeconds(seconds))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        List<String> found = findings.call();
                        last.clear();
                        last.addAll(found);
                        assertThat(last).isEmpty();
                    });
            return true;
        } catch (ConditionTimeoutException timedOut) {
            return false;
        }
    }

    private List<String> viewMismatches(Map<String, JsonNode> listed) {
        List<String> mismatches = new ArrayList<>();
        for (Session session : truth.sessions().values()) {
            JsonNode booking = listed.get(session.id());
            String which = session.id() + " (last event #" + session.lastIndex() + " at " + session.lastAt() + ")";
            if (booking == null) {
                mismatches.add(which + " is missing");
            } else if (booking.path("version").asLong(-1) != session.lastSequence()
                    || !booking.path("status").asText().equals(session.status())
                    || !State.of(booking).equals(session.state())) {
                mismatches.add(which + " shows " + booking.path("status").asText() + " " + State.of(booking)
                        + " at version " + booking.path("version") + ", the events " + session.state()
                        + " at version " + session.lastSequence());
            }
        }
        for (String id : listed.keySet()) {
            if (!truth.sessions().containsKey(id)) {
                mismatches.add(id + " is in the view but not in the event store");
            }
        }
        return mismatches;
    }

    private Map<String, JsonNode> listBookings() throws IOException, InterruptedException {
        Map<String, JsonNode> listed = new LinkedHashMap<>();
        int page = 0;
        long totalPages;
        do {
            Reply reply = service.call(
                    "GET", "desk", "/api/bookings?locationId=" + clinic.locationId() + "&size=200&page=" + page, null);
            assertThat(reply.status()).as("list: %s", reply.body()).isEqualTo(200);
            reply.body()
                    .path("content")
                    .forEach(booking -> listed.put(booking.path("id").asText(), booking));
            totalPages = reply.body().path("page").path("totalPages").asLong();
            page++;
        } while (page < totalPages);
        return listed;
    }

    /** Free slots the availability view offers must not collide with a standing session of that therapist or room. */
    private List<String> offeredButTaken() throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        List<Session> standing = truth.standingSessions();
        for (int day = 0; day < ClinicSetup.DAYS; day++) {
            LocalDate date = clinic.firstDay().plusDays(day);
            for (String therapist : clinic.therapists()) {
                String query = "/api/availability?technique=TRIGGER_POINT&duration=PT45M&step=PT15M&limit=500"
                        + "&locationId=" + clinic.locationId() + "&therapistId=" + therapist
                        + "&from=" + encode(date.atTime(9, 0).toString())
                        + "&to=" + encode(date.atTime(19, 0).toString());
                Reply reply = service.call("GET", "desk", query, null);
                if (reply.status() != 200) {
                    problems.add("availability answers " + reply.status() + " " + reply.body());
                    continue;
                }
                for (JsonNode offer : reply.body()) {
                    Instant start = instant(offer.path("start"));
                    Instant end = instant(offer.path("end"));
                    for (Session session : standing) {
                        State held = session.state();
                        boolean sameResource = held.therapistId()
                                        .equals(offer.path("therapistId").asText())
                                || held.roomId().equals(offer.path("roomId").asText());
                        if (sameResource
                                && start.isBefore(held.end())
                                && held.start().isBefore(end)) {
                            problems.add("STALE OFFER in the availability view: " + offer + " though booking "
                                    + session.id() + " " + session.state() + " stands");
                        }
                    }
                }
            }
        }
        return problems;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

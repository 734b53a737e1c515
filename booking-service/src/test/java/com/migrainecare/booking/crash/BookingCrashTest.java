package com.migrainecare.booking.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the booking service with SIGKILL while eight clients book, move and cancel sessions, restarts it on the
 * same stores and checks what survived against what each client was told.
 *
 * <p>The service runs as a process of its own, started from the test's class path (without the test classes),
 * on the H2 file its data directory names and the embedded Mongo-wire store in a file beside it (or, when
 * {@code CLINIC_DB_URL} is set, on a schema of its own in that database). After the restart the event store is
 * the truth, read over JDBC:
 *
 * <ol>
 *   <li>every acknowledged booking is there, at the placement of its last acknowledged move (or of the move cut
 *       off after it, which then is there whole: event, claims and view);
 *   <li>no refused request left an event: every SessionBooked event belongs to an acknowledged booking or to one
 *       cut off by the crash (matched by client, therapist and time), and every booking has exactly the events
 *       of its acknowledged requests plus at most the one cut off;
 *   <li>the claims table holds exactly the three claims (therapist, room, client) of each standing booking, at
 *       its slot, and nothing else;
 *   <li>no two claims of one resource overlap, nor two standing sessions of one therapist, room or client in
 *       the events or in the bookings view, and availability offers no slot a standing session holds.
 * </ol>
 *
 * The seed of the random load is printed; {@code -Dcrash.seed=...} replays the same choices (not the same
 * timing).
 */
class BookingCrashTest {

    private static final String MAIN_CLASS = "com.migrainecare.booking.BookingServiceApplication";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Duration SESSION = Duration.ofMinutes(45);
    private static final int THREADS = 8;
    private static final int MAX_REQUESTS_PER_THREAD = 60;
    private static final int THERAPISTS = 3;
    private static final int CLIENTS = 12;
    private static final int FIRST_DAY = 2;
    private static final int DAYS = 3;
    /** Starts 10:00 to 17:30 every 30 minutes: 45-minute sessions on this grid overlap their neighbours. */
    private static final int STARTS_PER_DAY = 16;

    private static final int SIGKILL_EXIT = 128 + 9;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir(cleanup = CleanupMode.ON_SUCCESS) // a failed run leaves its stores and logs for a look
    Path dataDir;

    private final List<Service> services = new ArrayList<>();
    private Database database;

    @AfterEach
    void stopServices() throws Exception {
        for (Service service : services) {
            service.kill();
        }
        if (database != null) {
            database.dropSchema();
        }
    }

    @Test
    void acknowledgedBookingsSurviveAKillAndCutOffOnesAreWhollyThereOrWhollyAbsent() throws Exception {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        database = Database.choose(dataDir.toAbsolutePath().normalize());
        try {
            Service first = start("first");
            first.awaitReady();
            Setup setup = setUp(first);

            Load load = new Load(110 + random.nextInt(70));
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> workers = new ArrayList<>();
            for (int worker = 0; worker < THREADS; worker++) {
                int id = worker;
                Random own = new Random(seed * 31 + worker);
                workers.add(pool.submit(() -> work(id, first, setup, own, load)));
            }
            boolean targetReached = load.killNow.await(30, TimeUnit.SECONDS);
            first.process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush, no graceful close
            load.killedAt = System.nanoTime();
            Instant killedAt = Instant.now();
            load.stop.set(true);
            assertThat(first.process.waitFor(30, TimeUnit.SECONDS))
                    .as("the killed service has exited")
                    .isTrue();
            if (isLinux()) {
                assertThat(first.process.exitValue()).as("exit code of SIGKILL").isEqualTo(SIGKILL_EXIT);
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS))
                    .as("the load threads stop once the service is gone")
                    .isTrue();
            for (Future<?> worker : workers) {
                worker.get(); // a worker's own failure (not the service's) fails the test here
            }
            System.out.printf(
                    "crash-test: seed=%d killed at %s after %d answers (target %d%s)%n",
                    seed,
                    killedAt,
                    load.answered.get(),
                    load.killAfter,
                    targetReached ? "" : ", not reached: killed on time");

            Service second = start("second");
            second.awaitReady();
            verify(second, setup, load, seed);
        } catch (Throwable failure) {
            System.out.println("crash-test: the stores and logs of this run stay in " + dataDir);
            for (Service service : services) {
                System.out.println("----- last lines of the " + service.name + " service's output -----");
                System.out.println(service.tail(120));
            }
            throw failure;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // the load

    private void work(int worker, Service service, Setup setup, Random random, Load load) {
        List<Attempt> mine = load.byWorker.get(worker);
        Map<String, Held> held = new LinkedHashMap<>();
        for (int n = 0; n < MAX_REQUESTS_PER_THREAD && !load.stop.get(); n++) {
            Attempt attempt = next(worker, random, setup, held);
            mine.add(attempt);
            Reply reply;
            try {
                reply = service.call("POST", "desk", attempt.path(), attempt.body);
            } catch (IOException cutOff) {
                attempt.cutOff(cutOff);
                return; // the service is gone (or never answered): this client stops
            } catch (InterruptedException interrupted) {
                attempt.cutOff(interrupted);
                Thread.currentThread().interrupt();
                return;
            }
            attempt.answered(reply);
            switch (attempt.outcome) {
                case ACKNOWLEDGED -> {
                    if (attempt.kind == Kind.CANCEL) {
                        held.remove(attempt.bookingId);
                    } else {
                        if (attempt.kind == Kind.BOOK) {
                            attempt.bookingId = reply.body().path("id").asText(null);
                        }
                        if (attempt.bookingId != null) {
                            held.put(attempt.bookingId, Held.of(reply.body()));
                        }
                    }
                }
                case SERVER_ERROR -> {
                    if (attempt.bookingId != null) {
                        held.remove(attempt.bookingId); // its outcome is unknown: leave it alone from now on
                    }
                }
                default -> {}
            }
            if (load.answered.incrementAndGet() >= load.killAfter) {
                load.killNow.countDown();
            }
        }
        load.killNow.countDown(); // out of requests before the target: kill now, while the others still send
    }

    private static Attempt next(int worker, Random random, Setup setup, Map<String, Held> held) {
        if (!held.isEmpty() && random.nextInt(100) < 40) {
            List<String> ids = new ArrayList<>(held.keySet());
            String id = ids.get(random.nextInt(ids.size()));
            Held current = held.get(id);
            if (random.nextInt(100) < 20) {
                return new Attempt(
                        worker,
                        Kind.CANCEL,
                        id,
                        Map.of("reason", "crash test"),
                        current.clientId(),
                        current.therapistId(),
                        null);
            }
            LocalDateTime start =
                    setup.starts().get(random.nextInt(setup.starts().size()));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("start", start.toString());
            String therapist = current.therapistId();
            if (random.nextBoolean()) {
                therapist =
                        setup.therapists().get(random.nextInt(setup.therapists().size()));
                body.put("therapistId", therapist);
            }
            body.put("reason", "crash test move");
            return new Attempt(
                    worker,
                    Kind.RESCHEDULE,
                    id,
                    body,
                    current.clientId(),
                    therapist,
                    start.atZone(BERLIN).toInstant());
        }
        String client = setup.clients().get(random.nextInt(setup.clients().size()));
        String therapist =
                setup.therapists().get(random.nextInt(setup.therapists().size()));
        LocalDateTime start = setup.starts().get(random.nextInt(setup.starts().size()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientId", client);
        body.put("therapistId", therapist);
        body.put("locationId", setup.locationId());
        body.put("technique", "TRIGGER_POINT");
        body.put("start", start.toString());
        body.put("duration", SESSION.toString());
        return new Attempt(
                worker,
                Kind.BOOK,
                null,
                body,
                client,
                therapist,
                start.atZone(BERLIN).toInstant());
    }

    // ---------------------------------------------------------------------------------------------------------
    // the checks

    private void verify(Service service, Setup setup, Load load, long seed) throws Exception {
        Truth truth = database.read();
        List<String> problems = new ArrayList<>();
        Figures figures = new Figures();

        // what each client was told, booking by booking, in the order it asked (a booking has one client)
        Map<String, Expected> expected = new LinkedHashMap<>();
        List<Attempt> cutOffBookings = new ArrayList<>();
        for (List<Attempt> attempts : load.byWorker) {
            for (Attempt attempt : attempts) {
                figures.count(attempt);
                switch (attempt.kind) {
                    case BOOK -> {
                        if (attempt.outcome == Outcome.ACKNOWLEDGED) {
                            State told = State.of(attempt.response);
                            if (!told.matchesRequest(attempt)) {
                                problems.add("booking " + attempt.bookingId + " was placed elsewhere than asked: "
                                        + attempt.response);
                            }
                            expected.put(attempt.bookingId, new Expected(told));
                        } else if (attempt.outcome.ambiguous()) {
                            cutOffBookings.add(attempt);
                        }
                    }
                    case RESCHEDULE, CANCEL -> {
                        Expected booking = expected.get(attempt.bookingId);
                        if (attempt.outcome == Outcome.ACKNOWLEDGED) {
                            State told = State.of(attempt.response);
                            if (attempt.kind == Kind.RESCHEDULE && !told.matchesRequest(attempt)) {
                                problems.add("booking " + attempt.bookingId + " was moved elsewhere than asked: "
                                        + attempt.response);
                            }
                            if (attempt.kind == Kind.CANCEL && told.standing()) {
                                problems.add("cancelled booking " + attempt.bookingId + " still stands: "
                                        + attempt.response);
                            }
                            booking.acknowledged(told);
                        } else if (attempt.outcome.ambiguous()) {
                            booking.pending = attempt;
                        }
                    }
                }
            }
        }

        // (1) every acknowledged booking is there, where its last acknowledged request put it
        for (Map.Entry<String, Expected> entry : expected.entrySet()) {
            String id = entry.getKey();
            Expected told = entry.getValue();
            Session session = truth.sessions().get(id);
            if (session == null) {
                problems.add("LOST: booking " + id + " was acknowledged with 201 but has no events");
                continue;
            }
            if (!session.types().get(0).equals("SessionBooked")) {
                problems.add("booking " + id + " does not start with SessionBooked: " + session.types());
            }
            boolean asTold = session.state().equals(told.state) && session.events() == told.events;
            boolean asCutOff = told.pending != null
                    && told.pending.appliedTo(told.state, session.state())
                    && session.events() == told.events + 1;
            if (asCutOff && !asTold) {
                figures.appliedCutOffs.merge(told.pending.kind, 1, Integer::sum);
            }
            if (!asTold && !asCutOff) {
                problems.add("booking " + id + " is " + session.state() + " after " + session.events()
                        + " events " + session.types() + ", but the service acknowledged " + told.state + " after "
                        + told.events + " events"
                        + (told.pending == null ? "" : " (then cut off: " + told.pending + ")"));
            }
        }

        // (2) every other booking in the store was cut off by the crash, and is there whole
        List<Attempt> unmatched = new ArrayList<>(cutOffBookings);
        for (Session session : truth.sessions().values()) {
            if (expected.containsKey(session.id())) {
                continue;
            }
            Attempt origin = unmatched.stream()
                    .filter(attempt -> attempt.clientId.equals(session.clientId())
                            && attempt.therapistId.equals(session.bookedState().therapistId())
                            && attempt.start.equals(session.bookedState().start())
                            && session.bookedState().end().equals(attempt.start.plus(SESSION)))
                    .findFirst()
                    .orElse(null);
            if (origin == null) {
                problems.add("TRACE: booking " + session.id() + " " + session.state()
                        + " was acknowledged to nobody and matches no request cut off by the crash");
                continue;
            }
            unmatched.remove(origin);
            figures.foundCutOffBookings++;
            if (session.events() != 1) {
                problems.add("cut-off booking " + session.id() + " has events nobody asked for: " + session.types());
            }
        }
        long booked = truth.sessions().values().stream()
                .filter(session -> session.types().get(0).equals("SessionBooked"))
                .count();
        if (booked != expected.size() + figures.foundCutOffBookings) {
            problems.add("SessionBooked events: " + booked + ", acknowledged bookings: " + expected.size()
                    + ", cut-off bookings found: " + figures.foundCutOffBookings);
        }

        // (3) the claims are exactly those of the standing bookings
        Map<String, List<ClaimRow>> claimsByBooking =
                truth.claims().stream().collect(Collectors.groupingBy(ClaimRow::bookingId));
        for (ClaimRow claim : truth.claims()) {
            Session session = truth.sessions().get(claim.bookingId());
            if (session == null) {
                problems.add("ORPHAN CLAIM: " + claim + " belongs to no booking in the event store");
            } else if (!session.state().standing()) {
                problems.add("ORPHAN CLAIM: " + claim + " belongs to booking " + session.id() + " which is "
                        + session.status());
            } else if (!session.resources().contains(claim.resource())
                    || !claim.start().equals(session.state().start())
                    || !claim.end().equals(session.state().end())
                    || !claim.locationId().equals(setup.locationId())) {
                problems.add("claim " + claim + " does not match its booking " + session.state());
            }
        }
        for (Session session : truth.sessions().values()) {
            if (!session.state().standing()) {
                continue;
            }
            Set<String> held = claimsByBooking.getOrDefault(session.id(), List.of()).stream()
                    .map(ClaimRow::resource)
                    .collect(Collectors.toSet());
            int rows = claimsByBooking.getOrDefault(session.id(), List.of()).size();
            if (rows != 3 || !held.equals(session.resources())) {
                problems.add("standing booking " + session.id() + " " + session.state() + " holds " + rows + " claims "
                        + held + " instead of " + session.resources());
            }
        }

        // (4) nothing overlaps: claims per resource, standing sessions in the events
        Map<String, List<Interval>> claimed = new TreeMap<>();
        for (ClaimRow claim : truth.claims()) {
            claimed.computeIfAbsent(claim.resource(), key -> new ArrayList<>())
                    .add(new Interval(claim.bookingId(), claim.start(), claim.end()));
        }
        List<String> overlaps = new ArrayList<>(overlaps("claims", claimed));
        overlaps.addAll(overlaps(
                "events",
                byResource(truth.sessions().values().stream()
                        .filter(session -> session.state().standing())
                        .map(session -> new Viewed(
                                session.id(),
                                session.clientId(),
                                session.state().therapistId(),
                                session.state().roomId(),
                                session.state().start(),
                                session.state().end()))
                        .toList())));

        // the views: once the restarted service has caught up, the bookings view is the event store's picture
        Map<String, JsonNode> view = new HashMap<>();
        List<String> lag = new ArrayList<>();
        long waitedFrom = System.nanoTime();
        try {
            Awaitility.await("the bookings view catches up with the event store")
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        Map<String, JsonNode> listed = listBookings(service, setup.locationId());
                        view.clear();
                        view.putAll(listed);
                        lag.clear();
                        lag.addAll(viewMismatches(listed, truth));
                        assertThat(lag).isEmpty();
                    });
        } catch (ConditionTimeoutException timedOut) {
            lag.forEach(mismatch -> problems.add("VIEW never caught up: " + mismatch));
            problems.add("VIEW never caught up: the read-models processor's token is " + database.readModelsToken()
                    + ", the last event's global index " + truth.lastIndex());
        }
        figures.catchUpMillis = Duration.ofNanos(System.nanoTime() - waitedFrom).toMillis();
        for (String id : expected.keySet()) {
            Reply read = service.call("GET", "desk", "/api/bookings/" + id, null);
            if (read.status() != 200) {
                problems.add("LOST: GET /api/bookings/" + id + " answers " + read.status() + " " + read.body());
            } else if (!State.of(read.body()).equals(truth.sessions().get(id).state())) {
                problems.add("GET /api/bookings/" + id + " shows " + State.of(read.body()) + ", the events "
                        + truth.sessions().get(id).state());
            }
        }
        overlaps.addAll(overlaps(
                "bookings view",
                byResource(view.values().stream()
                        .filter(booking ->
                                "CONFIRMED".equals(booking.path("status").asText()))
                        .map(booking -> new Viewed(
                                booking.path("id").asText(),
                                booking.path("clientId").asText(),
                                booking.path("therapistId").asText(),
                                booking.path("roomId").asText(),
                                instant(booking.path("start")),
                                instant(booking.path("end"))))
                        .toList())));
        // the busy-time view is fed by the same processor; give it the moment it may lag behind the bookings view
        List<String> offeredButTaken = new ArrayList<>();
        try {
            Awaitility.await("the availability view offers no time a standing session holds")
                    .atMost(Duration.ofSeconds(15))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        offeredButTaken.clear();
                        offeredButTaken.addAll(offeredButTaken(service, setup, truth));
                        assertThat(offeredButTaken).isEmpty();
                    });
        } catch (ConditionTimeoutException timedOut) {
            offeredButTaken.stream().limit(5).forEach(problems::add);
            if (offeredButTaken.size() > 5) {
                problems.add("... and " + (offeredButTaken.size() - 5) + " more such offers");
            }
        }
        problems.addAll(overlaps);
        long inFlight = load.byWorker.stream()
                .flatMap(List::stream)
                .filter(attempt -> attempt.outcome == Outcome.CUT_OFF && attempt.sentAt < load.killedAt)
                .count();
        figures.refusedBy.forEach((refusal, count) -> {
            if (!refusal.startsWith("409 ") && !refusal.startsWith("422 ")) {
                problems.add(count + " requests refused with " + refusal + ": the load sends only well-formed ones");
            }
        });

        int standing = (int) truth.sessions().values().stream()
                .filter(session -> session.state().standing())
                .count();
        System.out.printf(
                "crash-test: requests=%d acknowledged=%d (201=%d, reschedule 200=%d, cancel 200=%d) refused=%d %s"
                        + " 5xx=%d cut-off=%d (in flight at the kill=%d; bookings=%d found after restart=%d; reschedules=%d applied=%d;"
                        + " cancels=%d applied=%d) events: bookings=%d standing=%d claims=%d; view waited %d ms;"
                        + " overlaps=%d stale offers=%d problems=%d seed=%d%n",
                figures.requests,
                figures.acknowledged(),
                figures.acknowledgedBy.getOrDefault(Kind.BOOK, 0),
                figures.acknowledgedBy.getOrDefault(Kind.RESCHEDULE, 0),
                figures.acknowledgedBy.getOrDefault(Kind.CANCEL, 0),
                figures.refused(),
                figures.refusedBy,
                figures.serverErrors,
                figures.cutOff(),
                inFlight,
                figures.cutOffBy.getOrDefault(Kind.BOOK, 0),
                figures.foundCutOffBookings,
                figures.cutOffBy.getOrDefault(Kind.RESCHEDULE, 0),
                figures.appliedCutOffs.getOrDefault(Kind.RESCHEDULE, 0),
                figures.cutOffBy.getOrDefault(Kind.CANCEL, 0),
                figures.appliedCutOffs.getOrDefault(Kind.CANCEL, 0),
                truth.sessions().size(),
                standing,
                truth.claims().size(),
                figures.catchUpMillis,
                overlaps.size(),
                offeredButTaken.size(),
                problems.size(),
                seed);
        if (figures.serverErrors > 0) {
            problems.add("5xx answers before the crash (the contract allows none): " + figures.serverErrorSamples);
        }
        problems.forEach(problem -> System.out.println("crash-test problem: " + problem));

        assertThat(problems).as("what the crash left behind (seed %d)", seed).isEmpty();
        assertThat(figures.acknowledgedBy.getOrDefault(Kind.BOOK, 0))
                .as("bookings acknowledged before the crash")
                .isPositive();
        assertThat(figures.refused()).as("requests refused before the crash").isPositive();
    }

    private static List<String> viewMismatches(Map<String, JsonNode> listed, Truth truth) {
        List<String> mismatches = new ArrayList<>();
        for (Session session : truth.sessions().values()) {
            JsonNode booking = listed.get(session.id());
            if (booking == null) {
                mismatches.add(session.id() + " (last event #" + session.lastIndex() + " at " + session.lastAt()
                        + ") is missing");
            } else if (booking.path("version").asLong(-1) != session.lastSequence()
                    || !booking.path("status").asText().equals(session.status())
                    || !State.of(booking).equals(session.state())) {
                mismatches.add(session.id() + " (last event #" + session.lastIndex() + " at " + session.lastAt()
                        + ") shows " + booking.path("status").asText() + " " + State.of(booking) + " at version "
                        + booking.path("version") + ", the events " + session.state() + " at version "
                        + session.lastSequence());
            }
        }
        for (String id : listed.keySet()) {
            if (!truth.sessions().containsKey(id)) {
                mismatches.add(id + " is in the view but not in the event store");
            }
        }
        return mismatches;
    }

    private static Map<String, JsonNode> listBookings(Service service, String locationId)
            throws IOException, InterruptedException {
        Map<String, JsonNode> listed = new LinkedHashMap<>();
        int page = 0;
        long totalPages;
        do {
            Reply reply = service.call(
                    "GET", "desk", "/api/bookings?locationId=" + locationId + "&size=200&page=" + page, null);
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
    private static List<String> offeredButTaken(Service service, Setup setup, Truth truth)
            throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        List<Session> standing = truth.sessions().values().stream()
                .filter(session -> session.state().standing())
                .toList();
        for (int day = 0; day < DAYS; day++) {
            LocalDate date = setup.firstDay().plusDays(day);
            for (String therapist : setup.therapists()) {
                String query = "/api/availability?technique=TRIGGER_POINT&duration=PT45M&step=PT15M&limit=500"
                        + "&locationId=" + setup.locationId() + "&therapistId=" + therapist
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
                        boolean sameResource = session.state()
                                        .therapistId()
                                        .equals(offer.path("therapistId").asText())
                                || session.state()
                                        .roomId()
                                        .equals(offer.path("roomId").asText());
                        if (sameResource
                                && start.isBefore(session.state().end())
                                && session.state().start().isBefore(end)) {
                            problems.add("STALE OFFER in the availability view: " + offer + " though booking "
                                    + session.id() + " " + session.state() + " stands");
                        }
                    }
                }
            }
        }
        return problems;
    }

    private static Map<String, List<Interval>> byResource(List<Viewed> sessions) {
        Map<String, List<Interval>> byResource = new TreeMap<>();
        for (Viewed session : sessions) {
            Interval interval = new Interval(session.id(), session.start(), session.end());
            byResource
                    .computeIfAbsent("therapist:" + session.therapistId(), key -> new ArrayList<>())
                    .add(interval);
            byResource
                    .computeIfAbsent("room:" + session.roomId(), key -> new ArrayList<>())
                    .add(interval);
            byResource
                    .computeIfAbsent("client:" + session.clientId(), key -> new ArrayList<>())
                    .add(interval);
        }
        return byResource;
    }

    private static List<String> overlaps(String where, Map<String, List<Interval>> byResource) {
        List<String> overlaps = new ArrayList<>();
        byResource.forEach((resource, intervals) -> {
            for (int i = 0; i < intervals.size(); i++) {
                for (int j = i + 1; j < intervals.size(); j++) {
                    Interval a = intervals.get(i);
                    Interval b = intervals.get(j);
                    if (a.start().isBefore(b.end()) && b.start().isBefore(a.end())) {
                        overlaps.add("OVERLAP in the " + where + ": " + resource + " " + a + " and " + b);
                    }
                }
            }
        });
        return overlaps;
    }

    // ---------------------------------------------------------------------------------------------------------
    // setting up over HTTP

    private Setup setUp(Service service) throws IOException, InterruptedException {
        LocalDate today = LocalDate.now(BERLIN);
        JsonNode location = created(service.call(
                "POST",
                "admin",
                "/api/locations",
                Map.of(
                        "name",
                        "Crash test clinic",
                        "timeZone",
                        BERLIN.getId(),
                        "rooms",
                        List.of(Map.of("name", "Room A"), Map.of("name", "Room B")))));
        String locationId = location.path("id").asText();
        assertThat(location.path("rooms")).hasSize(2);
        List<String> therapists = new ArrayList<>();
        for (int i = 0; i < THERAPISTS; i++) {
            String id = created(service.call(
                            "POST",
                            "admin",
                            "/api/therapists",
                            Map.of("name", "Therapist " + i, "techniques", List.of("TRIGGER_POINT", "EFFLEURAGE"))))
                    .path("id")
                    .asText();
            created(service.call(
                    "POST",
                    "admin",
                    "/api/therapists/" + id + "/shifts",
                    Map.of(
                            "locationId",
                            locationId,
                            "days",
                            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"),
                            "from",
                            "00:00",
                            "to",
                            "23:59",
                            "validFrom",
                            today.toString())));
            therapists.add(id);
        }
        List<String> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(created(service.call("POST", "desk", "/api/clients", Map.of("name", "Client " + i)))
                    .path("id")
                    .asText());
        }
        LocalDate firstDay = today.plusDays(FIRST_DAY);
        List<LocalDateTime> starts = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            for (int slot = 0; slot < STARTS_PER_DAY; slot++) {
                starts.add(firstDay.plusDays(day).atTime(10, 0).plusMinutes(30L * slot));
            }
        }
        return new Setup(locationId, List.copyOf(therapists), List.copyOf(clients), firstDay, List.copyOf(starts));
    }

    private static JsonNode created(Reply reply) {
        assertThat(reply.status()).as("body: %s", reply.body()).isEqualTo(201);
        return reply.body();
    }

    // ---------------------------------------------------------------------------------------------------------
    // the service as a process of its own

    private Service start(String name) throws IOException {
        int port = freePort();
        int storePort = freePort();
        Path log = dataDir.resolve(name + "-service.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Daxoniq.update-checker.disabled=true",
                "-cp",
                serviceClassPath(),
                MAIN_CLASS,
                "--server.port=" + port,
                "--clinic.data-dir=" + dataDir.toAbsolutePath().normalize(),
                "--clinic.store.embedded.enabled=true",
                "--clinic.store.embedded.file=" + dataDir.resolve("store.mv").toAbsolutePath(),
                "--clinic.store.embedded.port=" + storePort,
                "--clinic.demo.seed=false",
                "--clinic.security.users[0].username=desk",
                "--clinic.security.users[0].password={noop}pw",
                "--clinic.security.users[0].roles[0]=FRONT_DESK",
                "--clinic.security.users[1].username=admin",
                "--clinic.security.users[1].password={noop}pw",
                "--clinic.security.users[1].roles[0]=ADMIN"));
        command.addAll(database.serviceArguments());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // the stores are chosen by the arguments alone: nothing from the environment of the build may redirect them
        builder.environment()
                .keySet()
                .removeIf(key -> key.startsWith("SPRING_")
                        || key.equals("MONGODB_URI")
                        || key.equals("CLINIC_DATA_DIR")
                        || key.equals("CLINIC_STORE_PORT")
                        || key.equals("PORT")
                        || key.equals("JAVA_TOOL_OPTIONS"));
        Service service = new Service(name, builder.start(), port, log);
        services.add(service);
        return service;
    }

    /** The test's class path without the test classes: the service as it is shipped, with its dependencies. */
    private static String serviceClassPath() {
        String classPath = System.getProperty("java.class.path");
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).normalize().endsWith(Path.of("target", "test-classes")))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Instant instant(JsonNode offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime.asText()).toInstant();
    }

    /** One run of the service: its process, its port, its output. */
    private static final class Service {

        final String name;
        final Process process;
        final int port;
        final Path log;
        final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        Service(String name, Process process, int port, Path log) {
            this.name = name;
            this.process = process;
            this.port = port;
            this.log = log;
        }

        Reply call(String method, String user, String path, Object body) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30))
                    .header(
                            "Authorization",
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString((user + ":pw").getBytes(StandardCharsets.UTF_8)));
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body)));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode json;
            try {
                json = text == null || text.isBlank() ? MissingNode.getInstance() : MAPPER.readTree(text);
            } catch (IOException notJson) {
                json = MAPPER.getNodeFactory().textNode(text);
            }
            return new Reply(response.statusCode(), json);
        }

        /** Polls the readiness probe (a bounded wait for a process to come up, not a check of the results). */
        void awaitReady() {
            Awaitility.await(name + " service ready")
                    .atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(250))
                    .failFast("the " + name + " service exited", () -> !process.isAlive())
                    .until(this::ready);
        }

        private boolean ready() {
            try {
                return call("GET", "admin", "/actuator/health/readiness", null).status() == 200;
            } catch (IOException notYet) {
                return false;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        void kill() throws InterruptedException {
            if (process.isAlive()) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }

        String tail(int lines) {
            try {
                List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
                return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
            } catch (IOException | RuntimeException unreadable) {
                return "(no output: " + unreadable + ")";
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // the event store and the claims table, read directly

    /** The store of record: the H2 file in the data directory, or a fresh schema in {@code CLINIC_DB_URL}. */
    private record Database(
            String jdbcUrl, String user, String password, String schema, List<String> serviceArguments) {

        static Database choose(Path dataDir) {
            String url = System.getenv("CLINIC_DB_URL");
            if (url == null || url.isBlank()) {
                // what the service builds from clinic.data-dir; AUTO_SERVER lets this test in while it runs
                return new Database(
                        "jdbc:h2:file:" + dataDir.resolve("clinic-events") + ";AUTO_SERVER=TRUE",
                        "sa",
                        "",
                        null,
                        List.of());
            }
            String schema =
                    "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            String withSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            String user = System.getenv("CLINIC_DB_USER");
            String password = System.getenv("CLINIC_DB_PASSWORD");
            List<String> arguments = new ArrayList<>();
            arguments.add("--spring.datasource.url=" + withSchema);
            if (user != null) {
                arguments.add("--spring.datasource.username=" + user);
            }
            if (password != null) {
                arguments.add("--spring.datasource.password=" + password);
            }
            arguments.add("--spring.flyway.schemas=" + schema);
            return new Database(withSchema, user, password, schema, List.copyOf(arguments));
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbcUrl, user, password);
        }

        Truth read() throws SQLException, IOException {
            Map<String, List<JsonNode>> payloads = new LinkedHashMap<>();
            Map<String, List<String>> types = new LinkedHashMap<>();
            Map<String, List<Long>> sequences = new LinkedHashMap<>();
            List<ClaimRow> claims = new ArrayList<>();
            Map<String, Long> lastIndex = new HashMap<>();
            Map<String, String> lastAt = new HashMap<>();
            long maxIndex;
            try (Connection connection = connect();
                    Statement statement = connection.createStatement()) {
                try (ResultSet rows = statement.executeQuery(
                        "SELECT aggregateIdentifier, sequenceNumber, payloadType, payload, globalIndex, timeStamp"
                                + " FROM DomainEventEntry"
                                + " WHERE payloadType LIKE 'com.migrainecare.kernel.booking.BookingEvent%'"
                                + " ORDER BY aggregateIdentifier, sequenceNumber")) {
                    while (rows.next()) {
                        String id = rows.getString(1);
                        String type = rows.getString(3);
                        payloads.computeIfAbsent(id, key -> new ArrayList<>()).add(MAPPER.readTree(rows.getBytes(4)));
                        types.computeIfAbsent(id, key -> new ArrayList<>())
                                .add(type.substring(type.lastIndexOf('$') + 1));
                        sequences.computeIfAbsent(id, key -> new ArrayList<>()).add(rows.getLong(2));
                        lastIndex.put(id, rows.getLong(5));
                        lastAt.put(id, rows.getString(6));
                    }
                }
                try (ResultSet rows = statement.executeQuery("SELECT MAX(globalIndex) FROM DomainEventEntry")) {
                    rows.next();
                    maxIndex = rows.getLong(1);
                }
                try (ResultSet rows = statement.executeQuery(
                        "SELECT resource_id, booking_id, location_id, starts_at, ends_at FROM claimed_time")) {
                    while (rows.next()) {
                        claims.add(new ClaimRow(
                                rows.getString(1),
                                rows.getString(2),
                                rows.getString(3),
                                rows.getObject(4, OffsetDateTime.class).toInstant(),
                                rows.getObject(5, OffsetDateTime.class).toInstant()));
                    }
                }
            }
            Map<String, Session> sessions = new LinkedHashMap<>();
            payloads.forEach((id, events) -> {
                List<Long> seqs = sequences.get(id);
                for (int i = 0; i < seqs.size(); i++) {
                    assertThat(seqs.get(i)).as("sequence numbers of %s", id).isEqualTo((long) i);
                }
                sessions.put(id, Session.replay(id, types.get(id), events, lastIndex.get(id), lastAt.get(id)));
            });
            return new Truth(sessions, claims, maxIndex);
        }

        /** Where the processor of the read models stands, as it last stored its token. */
        String readModelsToken() {
            try (Connection connection = connect();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(
                            "SELECT token FROM TokenEntry WHERE processorName = 'read-models'")) {
                List<String> tokens = new ArrayList<>();
                while (rows.next()) {
                    tokens.add(new String(rows.getBytes(1), StandardCharsets.UTF_8));
                }
                return tokens.toString();
            } catch (SQLException unreadable) {
                return "(unreadable: " + unreadable + ")";
            }
        }

        void dropSchema() {
            if (schema == null) {
                return;
            }
            try (Connection connection = connect();
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (SQLException ignored) {
                System.out.println("crash-test: could not drop schema " + schema + ": " + ignored);
            }
        }
    }

    private record Truth(Map<String, Session> sessions, List<ClaimRow> claims, long lastIndex) {}

    /** A booking as its events tell it. */
    private record Session(
            String id,
            String clientId,
            List<String> types,
            State bookedState,
            State state,
            String status,
            long lastIndex,
            String lastAt) {

        static Session replay(String id, List<String> types, List<JsonNode> events, long lastIndex, String lastAt) {
            JsonNode first = events.get(0);
            String client = first.path("clientId").asText();
            State booked = State.of(first.path("placement"), true);
            State state = booked;
            String status = "CONFIRMED";
            for (int i = 1; i < events.size(); i++) {
                JsonNode event = events.get(i);
                switch (types.get(i)) {
                    case "SessionRescheduled" -> state = State.of(event.path("placement"), true);
                    case "SessionCancelled" -> {
                        state = state.cancelled();
                        status = event.path("late").asBoolean() ? "LATE_CANCELLED" : "CANCELLED";
                    }
                    default -> {
                        state = state.cancelled(); // checked in, completed, no-show: none is sent here
                        status = types.get(i);
                    }
                }
            }
            return new Session(id, client, List.copyOf(types), booked, state, status, lastIndex, lastAt);
        }

        int events() {
            return types.size();
        }

        long lastSequence() {
            return types.size() - 1L;
        }

        Set<String> resources() {
            return Set.of("therapist:" + state.therapistId(), "room:" + state.roomId(), "client:" + clientId);
        }
    }

    private record ClaimRow(String resource, String bookingId, String locationId, Instant start, Instant end) {}

    // ---------------------------------------------------------------------------------------------------------
    // small values

    /** Where a session is and whether it still stands (confirmed: holding its time). */
    private record State(String therapistId, String roomId, Instant start, Instant end, boolean standing) {

        /** From a booking as the API shows it. */
        static State of(JsonNode booking) {
            return new State(
                    booking.path("therapistId").asText(),
                    booking.path("roomId").asText(),
                    instant(booking.path("start")),
                    instant(booking.path("end")),
                    "CONFIRMED".equals(booking.path("status").asText()));
        }

        /** From an event's placement. */
        static State of(JsonNode placement, boolean standing) {
            JsonNode slot = placement.path("slot");
            return new State(
                    placement.path("therapistId").asText(),
                    placement.path("roomId").asText(),
                    Instant.parse(slot.path("start").asText()),
                    Instant.parse(slot.path("end").asText()),
                    standing);
        }

        State cancelled() {
            return new State(therapistId, roomId, start, end, false);
        }

        boolean matchesRequest(Attempt attempt) {
            return standing
                    && therapistId.equals(attempt.therapistId)
                    && start.equals(attempt.start)
                    && end.equals(attempt.start.plus(SESSION));
        }
    }

    /** What a client was told about one booking; {@code pending} is its request the crash cut off, if any. */
    private static final class Expected {
        State state;
        int events = 1;
        Attempt pending;

        Expected(State booked) {
            this.state = booked;
        }

        void acknowledged(State told) {
            state = told;
            events++;
        }
    }

    /** What a client holds: the booking as the service last answered it. */
    private record Held(String clientId, String therapistId) {
        static Held of(JsonNode booking) {
            return new Held(
                    booking.path("clientId").asText(),
                    booking.path("therapistId").asText());
        }
    }

    private record Setup(
            String locationId,
            List<String> therapists,
            List<String> clients,
            LocalDate firstDay,
            List<LocalDateTime> starts) {}

    private record Reply(int status, JsonNode body) {}

    private record Interval(String bookingId, Instant start, Instant end) {}

    private record Viewed(String id, String clientId, String therapistId, String roomId, Instant start, Instant end) {}

    private enum Kind {
        BOOK,
        RESCHEDULE,
        CANCEL
    }

    private enum Outcome {
        ACKNOWLEDGED,
        REFUSED,
        SERVER_ERROR,
        CUT_OFF;

        /** Whether the service may or may not have carried the request out. */
        boolean ambiguous() {
            return this == SERVER_ERROR || this == CUT_OFF;
        }
    }

    /** One request of the load and what came of it. */
    private static final class Attempt {
        final int worker;
        final Kind kind;
        final Map<String, Object> body;
        final String clientId;
        final String therapistId;
        final Instant start;
        final long sentAt = System.nanoTime();
        String bookingId;
        Outcome outcome;
        int status;
        String code;
        JsonNode response;
        String failure;
        long doneAt;

        Attempt(
                int worker,
                Kind kind,
                String bookingId,
                Map<String, Object> body,
                String clientId,
                String therapistId,
                Instant start) {
            this.worker = worker;
            this.kind = kind;
            this.bookingId = bookingId;
            this.body = body;
            this.clientId = clientId;
            this.therapistId = therapistId;
            this.start = start;
        }

        String path() {
            return switch (kind) {
                case BOOK -> "/api/bookings";
                case RESCHEDULE -> "/api/bookings/" + bookingId + "/reschedule";
                case CANCEL -> "/api/bookings/" + bookingId + "/cancel";
            };
        }

        void answered(Reply reply) {
            doneAt = System.nanoTime();
            status = reply.status();
            response = reply.body();
            code = reply.body().path("code").asText(null);
            outcome = status >= 500
                    ? Outcome.SERVER_ERROR
                    : status >= 400 ? Outcome.REFUSED : status >= 200 && status < 300 ? Outcome.ACKNOWLEDGED : null;
            Objects.requireNonNull(outcome, () -> "unexpected status " + status + " " + reply.body());
        }

        void cutOff(Exception cause) {
            doneAt = System.nanoTime();
            outcome = Outcome.CUT_OFF;
            failure = cause.toString();
        }

        /** Whether {@code after} is {@code before} with this (cut-off) request carried out. */
        boolean appliedTo(State before, State after) {
            return switch (kind) {
                case RESCHEDULE ->
                    after.standing()
                            && after.therapistId().equals(therapistId)
                            && after.start().equals(start)
                            && after.end().equals(start.plus(SESSION));
                case CANCEL -> after.equals(before.cancelled());
                case BOOK -> false;
            };
        }

        @Override
        public String toString() {
            return kind + " " + (bookingId == null ? "" : bookingId + " ") + body + " -> " + outcome
                    + (outcome == Outcome.CUT_OFF ? " (" + failure + ")" : " " + status + " " + code);
        }
    }

    /** The shared state of the load threads. */
    private static final class Load {
        final int killAfter;
        final AtomicInteger answered = new AtomicInteger();
        final AtomicBoolean stop = new AtomicBoolean();
        final CountDownLatch killNow = new CountDownLatch(1);
        final List<List<Attempt>> byWorker = new ArrayList<>();
        volatile long killedAt;

        Load(int killAfter) {
            this.killAfter = killAfter;
            for (int i = 0; i < THREADS; i++) {
                byWorker.add(new ArrayList<>()); // each written by its own thread, read after they all ended
            }
        }
    }

    /** The figures of a run. */
    private static final class Figures {
        int requests;
        final Map<Kind, Integer> acknowledgedBy = new HashMap<>();
        final Map<String, Integer> refusedBy = new TreeMap<>();
        final Map<Kind, Integer> cutOffBy = new HashMap<>();
        final Map<Kind, Integer> appliedCutOffs = new HashMap<>();
        int serverErrors;
        final List<String> serverErrorSamples = new ArrayList<>();
        int foundCutOffBookings;
        long catchUpMillis;

        void count(Attempt attempt) {
            requests++;
            switch (attempt.outcome) {
                case ACKNOWLEDGED -> acknowledgedBy.merge(attempt.kind, 1, Integer::sum);
                case REFUSED -> refusedBy.merge(attempt.status + " " + attempt.code, 1, Integer::sum);
                case CUT_OFF -> cutOffBy.merge(attempt.kind, 1, Integer::sum);
                case SERVER_ERROR -> {
                    serverErrors++;
                    cutOffBy.merge(attempt.kind, 1, Integer::sum);
                    if (serverErrorSamples.size() < 5) {
                        serverErrorSamples.add(attempt.toString());
                    }
                }
            }
        }

        int acknowledged() {
            return acknowledgedBy.values().stream().mapToInt(Integer::intValue).sum();
        }

        int refused() {
            return refusedBy.values().stream().mapToInt(Integer::intValue).sum();
        }

        int cutOff() {
            return cutOffBy.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}

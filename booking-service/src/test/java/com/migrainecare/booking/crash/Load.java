package com.migrainecare.booking.crash;

import static com.migrainecare.booking.crash.ClinicSetup.BERLIN;
import static com.migrainecare.booking.crash.ClinicSetup.SESSION;

import com.fasterxml.jackson.databind.JsonNode;
import com.migrainecare.booking.crash.Attempt.Kind;
import com.migrainecare.booking.crash.Attempt.Outcome;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The load the crash cuts into: eight clients that book, move and cancel sessions at random, each recording every
 * request it sends and what came of it, and that signal when enough answers came for the kill.
 */
final class Load {

    private static final int THREADS = 8;
    private static final int MAX_REQUESTS_PER_THREAD = 60;

    private final int killAfter;
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final CountDownLatch killNow = new CountDownLatch(1);
    private final List<List<Attempt>> byWorker = new ArrayList<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    private final List<Future<?>> workers = new ArrayList<>();
    private volatile long killedAt;

    /** {@code killAfter}: how many answers the clients are to have had when the service is killed. */
    Load(int killAfter) {
        this.killAfter = killAfter;
        for (int i = 0; i < THREADS; i++) {
            byWorker.add(new ArrayList<>()); // each written by its own thread, read after they all ended
        }
    }

    /** Starts the clients; the seed fixes each one's choices. */
    void start(ServiceProcess service, ClinicSetup clinic, long seed) {
        for (int worker = 0; worker < THREADS; worker++) {
            int id = worker;
            Random own = new Random(seed * 31 + worker);
            workers.add(pool.submit(() -> work(id, service, clinic, own)));
        }
    }

    /** Waits until the clients had their answers or one of them ran out of requests; false if that took too long. */
    boolean awaitKillTarget() throws InterruptedException {
        return killNow.await(30, TimeUnit.SECONDS);
    }

    /** Notes the moment of the kill and tells the clients to stop. */
    void killed() {
        killedAt = System.nanoTime();
        stop.set(true);
    }

    boolean threadsEndWithin(long seconds) throws InterruptedException {
        pool.shutdown();
        return pool.awaitTermination(seconds, TimeUnit.SECONDS);
    }

    /** A client's own failure (not the service's) is thrown here. */
    void rethrowClientFailures() throws InterruptedException, ExecutionException {
        for (Future<?> worker : workers) {
            worker.get();
        }
    }

    int killAfter() {
        return killAfter;
    }

    int answered() {
        return answered.get();
    }

    /** Every request sent, client by client in the order each sent them. */
    Stream<Attempt> attempts() {
        return byWorker.stream().flatMap(List::stream);
    }

    long inFlightAtTheKill() {
        return attempts()
                .filter(attempt -> attempt.outcome == Outcome.CUT_OFF && attempt.sentAt < killedAt)
                .count();
    }

    private void work(int worker, ServiceProcess service, ClinicSetup clinic, Random random) {
        List<Attempt> mine = byWorker.get(worker);
        Map<String, Held> held = new LinkedHashMap<>();
        for (int n = 0; n < MAX_REQUESTS_PER_THREAD && !stop.get(); n++) {
            Attempt attempt = next(random, clinic, held);
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
            if (answered.incrementAndGet() >= killAfter) {
                killNow.countDown();
            }
        }
        killNow.countDown(); // out of requests before the target: kill now, while the others still send
    }

    private static Attempt next(Random random, ClinicSetup clinic, Map<String, Held> held) {
        if (!held.isEmpty() && random.nextInt(100) < 40) {
            String id = pick(random, new ArrayList<>(held.keySet()));
            Held current = held.get(id);
            if (random.nextInt(100) < 20) {
                return new Attempt(
                        Kind.CANCEL,
                        id,
                        Map.of("reason", "crash test"),
                        current.clientId(),
                        current.therapistId(),
                        null);
            }
            LocalDateTime start = pick(random, clinic.starts());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("start", start.toString());
            String therapist = current.therapistId();
            if (random.nextBoolean()) {
                therapist = pick(random, clinic.therapists());
                body.put("therapistId", therapist);
            }
            body.put("reason", "crash test move");
            return new Attempt(
                    Kind.RESCHEDULE,
                    id,
                    body,
                    current.clientId(),
                    therapist,
                    start.atZone(BERLIN).toInstant());
        }
        String client = pick(random, clinic.clients());
        String therapist = pick(random, clinic.therapists());
        LocalDateTime start = pick(random, clinic.starts());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientId", client);
        body.put("therapistId", therapist);
        body.put("locationId", clinic.locationId());
        body.put("technique", "TRIGGER_POINT");
        body.put("start", start.toString());
        body.put("duration", SESSION.toString());
        return new Attempt(
                Kind.BOOK, null, body, client, therapist, start.atZone(BERLIN).toInstant());
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** What a client holds: the booking as the service last answered it. */
    private record Held(String clientId, String therapistId) {
        static Held of(JsonNode booking) {
            return new Held(
                    booking.path("clientId").asText(),
                    booking.path("therapistId").asText());
        }
    }
}

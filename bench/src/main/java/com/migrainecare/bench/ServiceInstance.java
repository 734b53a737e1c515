package com.migrainecare.bench;

import com.migrainecare.booking.BookingServiceApplication;
import com.migrainecare.booking.availability.AvailabilityService;
import com.migrainecare.booking.booking.BookingService;
import com.migrainecare.platform.axon.Commands;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One in-process booking service, started the way {@code BookingServiceApplication} starts (with its
 * {@code application.yml}), pointed at a store the benchmark hosts, with the services the benchmark drives.
 */
final class ServiceInstance implements AutoCloseable {

    static final String EVENTS = "domainevents";
    static final String SNAPSHOTS = "snapshotevents";
    static final String BOOKINGS = "bookings";

    private final ConfigurableApplicationContext context;
    private final MongoDatabase database;
    final BookingService bookings;
    final AvailabilityService availability;
    final Commands commands;
    final MongoClient client;

    private ServiceInstance(ConfigurableApplicationContext context) {
        this.context = context;
        this.bookings = context.getBean(BookingService.class);
        this.availability = context.getBean(AvailabilityService.class);
        this.commands = context.getBean(Commands.class);
        this.client = context.getBean(MongoClient.class);
        this.database =
                client.getDatabase(context.getBean(MongoProperties.class).getMongoClientDatabase());
    }

    /**
     * Starts the service against the store at {@code mongoUri}. The settings are command-line arguments, not
     * {@code SpringApplicationBuilder.properties(...)}: those are defaults, which the service's own
     * {@code application.yml} (port 8080, store file under ./data) would override.
     */
    static ServiceInstance start(String mongoUri, int aggregateCacheSize) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        String[] args = {
            "--server.port=0",
            "--spring.main.banner-mode=off",
            "--spring.data.mongodb.uri=" + mongoUri,
            "--spring.data.mongodb.database=clinic",
            "--clinic.store.embedded.enabled=false",
            "--clinic.demo.seed=false",
            "--clinic.axon.aggregate-cache-size=" + aggregateCacheSize,
            "--logging.level.root=WARN",
            "--logging.level.com.migrainecare=WARN",
        };
        ConfigurableApplicationContext context =
                new SpringApplicationBuilder(BookingServiceApplication.class).run(args);
        return new ServiceInstance(context);
    }

    MongoDatabase database() {
        return database;
    }

    /** The number of documents in a collection (the store's cheap count, not a scan). */
    long count(String collection) {
        return database.getCollection(collection).estimatedDocumentCount();
    }

    /**
     * Waits (bounded) until the {@code bookings} read model holds {@code expectedBookings} documents and every
     * tracking processor has handled the last event in the store. Returns how long that took.
     */
    Duration awaitProjections(long expectedBookings, Duration timeout) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        long nextReport = started + Duration.ofSeconds(30).toNanos();
        while (true) {
            if (count(BOOKINGS) >= expectedBookings && processorsAtHead()) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("projections did not catch up within " + timeout + ": bookings="
                        + count(BOOKINGS) + " of " + expectedBookings + ", processors " + processorSummary());
            }
            if (System.nanoTime() > nextReport) {
                nextReport += Duration.ofSeconds(30).toNanos();
                System.out.println("  still waiting for projections: bookings=" + count(BOOKINGS) + " of "
                        + expectedBookings + ", head " + headIndex() + ", processors " + processorSummary());
            }
            try {
                Thread.sleep(100); // a bounded poll; nothing here signals "caught up"
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for projections", e);
            }
        }
    }

    private boolean processorsAtHead() {
        long head = headIndex();
        for (StreamingEventProcessor processor : streamingProcessors()) {
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            if (status.isEmpty()) {
                return false;
            }
            for (EventTrackerStatus segment : status.values()) {
                if (segment.isErrorState() || !segment.isCaughtUp() || position(segment.getTrackingToken()) < head) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The global index of the newest event in the store (0 when it is empty). */
    private long headIndex() {
        return position(context.getBean(EventStore.class).createHeadToken());
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

    private String processorSummary() {
        List<String> parts = new ArrayList<>();
        for (var entry : context.getBean(EventProcessingConfiguration.class)
                .eventProcessors()
                .entrySet()) {
            if (entry.getValue() instanceof StreamingEventProcessor streaming) {
                streaming
                        .processingStatus()
                        .values()
                        .forEach(s -> parts.add(entry.getKey() + "@"
                                + position(s.getTrackingToken()) + (s.isCaughtUp() ? "" : " (catching up)")
                                + (s.isErrorState() ? " ERROR " + s.getError() : "")));
            }
        }
        return parts.toString();
    }

    /** Stops every tracking processor (their tokens stay where they are), so no projection work runs. */
    void pauseProcessors() {
        streamingProcessors().forEach(EventProcessor::shutDown);
    }

    void resumeProcessors() {
        streamingProcessors().forEach(EventProcessor::start);
    }

    List<String> processorNames() {
        return context.getBean(EventProcessingConfiguration.class).eventProcessors().keySet().stream()
                .sorted()
                .toList();
    }

    private List<StreamingEventProcessor> streamingProcessors() {
        List<StreamingEventProcessor> result = new ArrayList<>();
        for (EventProcessor processor : context.getBean(EventProcessingConfiguration.class)
                .eventProcessors()
                .values()) {
            if (processor instanceof StreamingEventProcessor streaming) {
                result.add(streaming);
            }
        }
        return result;
    }

    @Override
    public void close() {
        context.close();
    }
}

package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrainecare.booking.BookingServiceApplication;
import com.migrainecare.kernel.client.ClientCommand.RegisterClient;
import com.migrainecare.kernel.client.ReminderPreferences;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.platform.axon.Commands;
import com.migrainecare.platform.store.EmbeddedMongoServer;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Appends race in many threads of two service instances on one store, so transactions commit out of the
 * order of their global indexes and the stream shows gaps that fill later. A tracking processor that counts
 * every event it handles must see each event of the store exactly once.
 */
@Import(NoSkippedEventsTest.Counting.class)
@TestPropertySource(properties = "axon.eventhandling.processors.gap-counter.batch-size=10")
class NoSkippedEventsTest extends ApiTestSupport {

    private static final int THREADS_PER_INSTANCE = 8;
    private static final int COMMANDS_PER_THREAD = 60;

    private static ConfigurableApplicationContext second;

    @Autowired
    private Commands commands;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private SeenEvents seen;

    @Value("${spring.datasource.url}")
    private String databaseUrl;

    @Value("${spring.datasource.username:}")
    private String databaseUser;

    @Value("${spring.data.mongodb.database}")
    private String database;

    @Autowired(required = false)
    private EmbeddedMongoServer embedded;

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void everyEventIsSeenExactlyOnceWhileTwoInstancesAppendFromManyThreads() throws Exception {
        Commands other = secondInstance().getBean(Commands.class);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_INSTANCE);
        List<Future<?>> writers = new ArrayList<>();
        AtomicInteger sequence = new AtomicInteger();
        for (int t = 0; t < 2 * THREADS_PER_INSTANCE; t++) {
            Commands via = t % 2 == 0 ? commands : other;
            writers.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < COMMANDS_PER_THREAD; i++) {
                    via.send(register("gap-client-" + sequence.incrementAndGet()));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();

        List<String> stored = jdbc.queryForList("SELECT eventIdentifier FROM DomainEventEntry", String.class);
        assertThat(stored).hasSizeGreaterThanOrEqualTo(2 * THREADS_PER_INSTANCE * COMMANDS_PER_THREAD);
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(seen.indexes().keySet()).containsAll(stored));
        assertThat(seen.indexes().keySet()).containsExactlyInAnyOrderElementsOf(stored);
        assertThat(seen.indexes().values())
                .allSatisfy(times -> assertThat(times.get()).isEqualTo(1));
        long handled =
                seen.indexes().values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf(
                "gap-test: events stored=%d, distinct seen=%d, handled=%d, writers=%d threads on 2 instances%n",
                stored.size(), seen.indexes().size(), handled, 2 * THREADS_PER_INSTANCE);
    }

    private static RegisterClient register(String id) {
        return new RegisterClient(
                new ClientId(id),
                "Client " + id,
                null,
                null,
                ZoneId.of("Europe/Berlin"),
                "en",
                ReminderPreferences.DEFAULT);
    }

    private ConfigurableApplicationContext secondInstance() {
        second = new SpringApplicationBuilder(BookingServiceApplication.class)
                .run(
                        "--server.port=0",
                        "--clinic.store.embedded.enabled=false",
                        "--clinic.store.isolated=false",
                        "--spring.datasource.url=" + databaseUrl,
                        "--spring.datasource.username=" + databaseUser,
                        "--spring.data.mongodb.uri="
                                + (embedded != null ? embedded.connectionString() : System.getenv("MONGODB_URI")),
                        "--clinic.security.users[0].username=desk",
                        "--clinic.security.users[0].password={noop}pw",
                        "--clinic.security.users[0].roles[0]=FRONT_DESK",
                        "--clinic.security.users[0].all-locations=true",
                        "--spring.data.mongodb.database=" + database);
        return second;
    }

    /**
     * Counts each event it handles under its identifier. (Not under the token's position: a late event that
     * fills a gap is handled at a token whose index is the highest seen so far, not its own.)
     */
    @ProcessingGroup("gap-counter")
    static class SeenEvents {
        private final Map<String, AtomicInteger> indexes = new ConcurrentHashMap<>();

        @EventHandler
        void on(Object event, @MessageIdentifier String eventId) {
            indexes.computeIfAbsent(eventId, id -> new AtomicInteger()).incrementAndGet();
        }

        Map<String, AtomicInteger> indexes() {
            return indexes;
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {
        @Bean
        SeenEvents seenEvents() {
            return new SeenEvents();
        }
    }
}

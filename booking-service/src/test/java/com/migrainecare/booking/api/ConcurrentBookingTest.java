package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrainecare.booking.BookingServiceApplication;
import com.migrainecare.platform.store.EmbeddedMongoServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many clients race for one therapist slot through two service instances that share the store but nothing
 * else (each has its own aggregate cache and locks), so only the database can decide: the lock on the
 * therapist's claims, taken in each booking's transaction.
 */
class ConcurrentBookingTest extends ApiTestSupport {

    private static final int RACERS = 16;

    private static ConfigurableApplicationContext second;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired(required = false)
    private EmbeddedMongoServer embedded;

    @Value("${spring.data.mongodb.database}")
    private String database;

    @Value("${spring.datasource.url}")
    private String databaseUrl;

    @Value("${spring.datasource.username:}")
    private String databaseUser;

    @BeforeAll
    static void noSecondInstanceYet() {
        second = null;
    }

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    private TestRestTemplate secondInstance() {
        if (second == null) {
            String uri = embedded != null ? embedded.connectionString() : System.getenv("MONGODB_URI");
            // command-line arguments, so they win over application.yml as the test's own properties do
            second = new SpringApplicationBuilder(BookingServiceApplication.class)
                    .run(
                            "--server.port=0",
                            "--clinic.store.embedded.enabled=false",
                            "--clinic.store.isolated=false",
                            "--spring.datasource.url=" + databaseUrl,
                            "--spring.datasource.username=" + databaseUser,
                            "--spring.data.mongodb.uri=" + uri,
                            "--spring.data.mongodb.database=" + database,
                            "--clinic.security.users[0].username=desk",
                            "--clinic.security.users[0].password={noop}pw",
                            "--clinic.security.users[0].roles[0]=FRONT_DESK",
                            "--clinic.security.users[0].all-locations=true");
        }
        return rootedAt(((WebServerApplicationContext) second).getWebServer().getPort());
    }

    private static TestRestTemplate rootedAt(int port) {
        return new TestRestTemplate(
                new org.springframework.boot.web.client.RestTemplateBuilder().rootUri("http://localhost:" + port));
    }

    @Test
    void exactlyOneOfManySimultaneousRequestsGetsTheSlot() throws Exception {
        Chain chain = chain("Europe/Berlin");
        List<String> clients = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            clients.add(client());
        }
        TestRestTemplate other = secondInstance();
        // the store is shared with the other tests of this context: judge only what the race appended
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        List<Future<Integer>> outcomes = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            TestRestTemplate via = i % 2 == 0 ? rest : other;
            Map<String, Object> body = bookingBody(chain, clients.get(i), "2030-12-02T10:00");
            Callable<Integer> attempt = () -> {
                HttpHeaders headers = new HttpHeaders();
                headers.setBasicAuth("desk", "pw");
                headers.setContentType(MediaType.APPLICATION_JSON);
                start.await();
                ResponseEntity<Map<String, Object>> response =
                        via.exchange("/api/bookings", HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
                if (response.getStatusCode().value() == 409) {
                    assertThat(response.getBody()).containsEntry("code", "THERAPIST_UNAVAILABLE");
                }
                return response.getStatusCode().value();
            };
            outcomes.add(pool.submit(attempt));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> outcome : outcomes) {
            statuses.add(outcome.get());
        }
        pool.shutdown();

        assertThat(statuses)
                .as("statuses %s", statuses)
                .filteredOn(status -> status == 201)
                .hasSize(1);
        assertThat(statuses)
                .as("statuses %s", statuses)
                .filteredOn(status -> status == 409)
                .hasSize(RACERS - 1);
        // the store agrees: the therapist's time is claimed once, by one booking with one SessionBooked event
        List<String> claimed = jdbc.queryForList(
                "SELECT resource_id FROM claimed_time WHERE resource_id IN (?, ?, ?)",
                String.class,
                "therapist:" + chain.therapist(),
                "room:" + chain.roomA(),
                "room:" + chain.roomB());
        assertThat(claimed).containsExactlyInAnyOrder("therapist:" + chain.therapist(), "room:" + chain.roomA());
        List<String> booked = jdbc.queryForList(
                "SELECT booking_id FROM claimed_time WHERE resource_id = ?",
                String.class,
                "therapist:" + chain.therapist());
        Integer sessions = jdbc.queryForObject(
                "SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ? AND payloadType LIKE '%SessionBooked'",
                Integer.class, booked.get(0));
        assertThat(sessions).isEqualTo(1);
        eventually(() -> assertThat(getList(
                                "desk",
                                "/api/availability?technique=TRIGGER_POINT"
                                        + "&from=2030-12-02T10:00&to=2030-12-02T10:45&duration=PT45M&locationId="
                                        + chain.location())
                        .getBody())
                .isEmpty());
    }
}

package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.migrainecare.booking.BookingServiceApplication;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The durable deadlines outlive the process that scheduled them: a proposed session's hold, a care plan's nudge
 * check and a waitlist offer's hold are scheduled by one application context, which is then closed; a new one
 * on the same database file and read-store file runs each of them. No waiting on the wall clock: the stored
 * tasks are made due and the new context's scheduler is told to look.
 */
class DurableDeadlinesRestartTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext service;
    private TestRestTemplate rest;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void holdNudgeAndOfferDeadlinesFireInTheNextContext() {
        start();
        LocalDate today = LocalDate.now(BERLIN);
        LocalDate monday = today.plusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate tuesday = today.plusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        String location = id(post(
                "admin",
                "/api/locations",
                Map.of("name", "Clinic", "timeZone", BERLIN.getId(), "rooms", List.of(Map.of("name", "Room A")))));
        String therapist = id(post(
                "admin",
                "/api/therapists",
                Map.of(
                        "name",
                        "T",
                        "techniques",
                        List.of("TRIGGER_POINT", "DEEP_TISSUE", "MYOFASCIAL_RELEASE", "PETRISSAGE", "EFFLEURAGE"))));
        post(
                "admin",
                "/api/therapists/" + therapist + "/shifts",
                Map.of(
                        "locationId",
                        location,
                        "days",
                        List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"),
                        "from",
                        "08:00",
                        "to",
                        "20:00",
                        "validFrom",
                        today.minusDays(1).toString()));

        // a chronic client's plan from Monday 10:00; the first session cancelled, so its nudge check will find
        // nothing booked; a stress week after the first: one extra session, held
        String planClient = client();
        call(
                HttpMethod.PUT,
                "desk",
                "/api/clients/" + planClient + "/intake",
                Map.of(
                        "headacheDaysPerMonth", 18,
                        "monthsWithPattern", 4,
                        "painAreas", List.of("SUBOCCIPITAL", "NECK"),
                        "triggers", List.of("STRESS"),
                        "contraindications", List.of()));
        post("desk", "/api/clients/" + planClient + "/care-plan/recommendation", Map.of());
        Map<String, Object> plan = post(
                "desk",
                "/api/clients/" + planClient + "/care-plan/accept",
                Map.of("therapistId", therapist, "locationId", location, "firstStart", monday + "T10:00"));
        Map<String, Object> series = (Map<String, Object>) plan.get("series");
        String firstSession = ((List<Map<String, Object>>) series.get("bookings"))
                .get(0)
                .get("id")
                .toString();
        post("desk", "/api/bookings/" + firstSession + "/cancel", Map.of("reason", "away that day"));
        Map<String, Object> declared = post(
                "desk",
                "/api/clients/" + planClient + "/stress-periods",
                Map.of(
                        "from",
                        monday.plusWeeks(1).toString(),
                        "to",
                        monday.plusWeeks(1).plusDays(6).toString()));
        Map<String, Object> proposal = ((List<Map<String, Object>>) declared.get("proposals")).get(0);
        String held = proposal.get("bookingId").toString();
        Instant holdUntil =
                OffsetDateTime.parse(proposal.get("holdUntil").toString()).toInstant();
        Instant nudgeCheck =
                ZonedDateTime.of(monday.atTime(10, 0), BERLIN).minusDays(3).toInstant();

        // Tuesday 10:00 is cancelled while a client waits for that day: the slot is offered and held for them
        String waiting = client();
        String cancelled = id(post(
                "desk",
                "/api/bookings",
                Map.of(
                        "clientId",
                        client(),
                        "therapistId",
                        therapist,
                        "locationId",
                        location,
                        "technique",
                        "TRIGGER_POINT",
                        "start",
                        tuesday + "T10:00",
                        "duration",
                        "PT45M")));
        String entry = id(post(
                "desk",
                "/api/waitlist",
                Map.of(
                        "clientId",
                        waiting,
                        "technique",
                        "TRIGGER_POINT",
                        "locationIds",
                        List.of(location),
                        "from",
                        tuesday + "T08:00",
                        "to",
                        tuesday + "T18:00")));
        eventually(() -> assertThat(get("/api/waitlist/" + entry)).containsEntry("status", "WAITING"));
        post("desk", "/api/bookings/" + cancelled + "/cancel", Map.of("reason", "ill"));
        eventually(() -> assertThat(get("/api/waitlist/" + entry)).containsEntry("status", "OFFERED"));
        Map<String, Object> offer =
                (Map<String, Object>) get("/api/waitlist/" + entry).get("offer");
        Instant offerUntil =
                OffsetDateTime.parse(offer.get("holdUntil").toString()).toInstant();

        service.close();
        start();

        JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
        for (Instant due : List.of(holdUntil, nudgeCheck, offerUntil)) {
            int made = jdbc.update(
                    "UPDATE scheduled_tasks SET execution_time = ? WHERE execution_time BETWEEN ? AND ?",
                    OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1),
                    due.minusMillis(1).atOffset(ZoneOffset.UTC),
                    due.plusMillis(1).atOffset(ZoneOffset.UTC));
            assertThat(made)
                    .as("the deadline due at %s is still stored after the restart", due)
                    .isEqualTo(1);
        }
        service.getBean(Scheduler.class).triggerCheckForDueExecutions();

        eventually(() -> assertThat(get("/api/bookings/" + held)).containsEntry("status", "EXPIRED"));
        eventually(() -> assertThat((List<Map<String, Object>>)
                        get("/api/waitlist/" + entry).get("offers"))
                .singleElement()
                .satisfies(o -> assertThat(o).containsEntry("outcome", "EXPIRED")));
        eventually(() -> assertThat(
                        (List<Map<String, Object>>) get("/api/audit/events?type=CadenceNudgeDue&clientId=" + planClient)
                                .get("content"))
                .as("the nudge check found the cancelled first session unbooked")
                .hasSize(1));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM scheduled_tasks WHERE execution_time > ?",
                        Integer.class,
                        nudgeCheck.plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC)))
                .as("the nudge check armed itself again, for the plan's next session")
                .isPositive();
    }

    /**
     * The service on the files in {@code dataDir}, on a port of its own, with an admin, a manager and a desk
     * (as arguments: they outrank the empty user list of the service's own configuration).
     */
    private void start() {
        service = new SpringApplicationBuilder(BookingServiceApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("clinic-events")
                                + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000",
                        "--clinic.data-dir=" + dataDir,
                        "--clinic.store.embedded.enabled=true",
                        "--clinic.store.embedded.port=0",
                        "--clinic.store.embedded.file=" + dataDir.resolve("read-store"),
                        "--clinic.scheduler.polling-interval=PT0.2S",
                        "--clinic.security.users[0].username=admin",
                        "--clinic.security.users[0].password={noop}pw",
                        "--clinic.security.users[0].roles[0]=ADMIN",
                        "--clinic.security.users[1].username=manager",
                        "--clinic.security.users[1].password={noop}pw",
                        "--clinic.security.users[1].roles[0]=MANAGER",
                        "--clinic.security.users[1].all-locations=true",
                        "--clinic.security.users[2].username=desk",
                        "--clinic.security.users[2].password={noop}pw",
                        "--clinic.security.users[2].roles[0]=FRONT_DESK",
                        "--clinic.security.users[2].all-locations=true");
        String port = service.getEnvironment().getProperty("local.server.port");
        rest = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://127.0.0.1:" + port));
    }

    private String client() {
        return id(post("desk", "/api/clients", Map.of("name", "Client")));
    }

    private Map<String, Object> post(String user, String path, Object body) {
        ResponseEntity<Map<String, Object>> answer = call(HttpMethod.POST, user, path, body);
        assertThat(answer.getStatusCode().is2xxSuccessful())
                .as("%s: %s", path, answer.getBody())
                .isTrue();
        return answer.getBody();
    }

    private Map<String, Object> get(String path) {
        ResponseEntity<Map<String, Object>> answer = call(HttpMethod.GET, "manager", path, null);
        assertThat(answer.getStatusCode().value())
                .as("%s: %s", path, answer.getBody())
                .isEqualTo(200);
        return answer.getBody();
    }

    private ResponseEntity<Map<String, Object>> call(HttpMethod method, String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "pw");
        if (body != null) {
            headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        }
        return rest.exchange(path, method, new HttpEntity<>(body, headers), JSON);
    }

    private static String id(Map<String, Object> created) {
        return created.get("id").toString();
    }

    private static void eventually(Runnable assertion) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .untilAsserted(assertion::run);
    }
}

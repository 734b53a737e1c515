package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Starts the booking service on a random port with stores of its own: an in-memory H2 event store and the
 * embedded Mongo-wire store in memory, or a schema of its own in the database named by {@code CLINIC_DB_URL}
 * and a database of its own in the MongoDB named by {@code MONGODB_URI}; with three users.
 */
@AutoConfigureObservability
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "clinic.store.embedded.port=0",
            "clinic.store.embedded.file=",
            "clinic.store.isolated=true",
            "clinic.security.users[0].username=admin",
            "clinic.security.users[0].password={noop}pw",
            "clinic.security.users[0].roles[0]=ADMIN",
            "clinic.security.users[1].username=manager",
            "clinic.security.users[1].password={noop}pw",
            "clinic.security.users[1].roles[0]=MANAGER",
            "clinic.security.users[1].all-locations=true",
            "clinic.security.users[2].username=desk",
            "clinic.security.users[2].password={noop}pw",
            "clinic.security.users[2].roles[0]=FRONT_DESK",
            "clinic.security.users[2].all-locations=true"
        })
public abstract class ApiTestSupport {

    protected static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};
    protected static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
            new ParameterizedTypeReference<>() {};

    @Autowired
    protected TestRestTemplate rest;

    /** The service's clock: tests compute their dates from it. */
    @Autowired
    protected Clock clock;

    protected ResponseEntity<Map<String, Object>> call(HttpMethod method, String user, String path, Object body) {
        return call(method, user, path, body, new HttpHeaders());
    }

    protected ResponseEntity<Map<String, Object>> call(
            HttpMethod method, String user, String path, Object body, HttpHeaders headers) {
        authenticate(headers, user);
        if (body != null && headers.getContentType() == null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return rest.exchange(path, method, new HttpEntity<>(body, headers), JSON);
    }

    protected ResponseEntity<List<Map<String, Object>>> getList(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        authenticate(headers, user);
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JSON_LIST);
    }

    /** How the helpers log in as {@code user}: HTTP Basic with the test password, unless a test logs in otherwise. */
    protected void authenticate(HttpHeaders headers, String user) {
        headers.setBasicAuth(user, "pw");
    }

    protected Map<String, Object> created(ResponseEntity<Map<String, Object>> response) {
        assertThat(response.getStatusCode()).as("body: %s", response.getBody()).isEqualTo(HttpStatus.CREATED);
        return response.getBody();
    }

    protected static void assertProblem(ResponseEntity<Map<String, Object>> response, int status, String code) {
        assertThat(response.getStatusCode().value())
                .as("body: %s", response.getBody())
                .isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.getBody()).containsEntry("code", code).containsKeys("type", "title", "status");
    }

    /** Projections follow the event stream asynchronously; reads wait for them with a short timeout. */
    protected static void eventually(Runnable assertion) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .untilAsserted(assertion::run);
    }

    /** A location in {@code zone} with two rooms, a therapist working there every day 08:00-20:00. */
    protected Chain chain(String zone) {
        Map<String, Object> location = created(call(
                HttpMethod.POST,
                "admin",
                "/api/locations",
                Map.of(
                        "name",
                        "Clinic " + zone,
                        "timeZone",
                        zone,
                        "rooms",
                        List.of(Map.of("name", "Room A"), Map.of("name", "Room B")))));
        String therapist = therapist(location.get("id").toString());
        String client = client();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rooms = (List<Map<String, Object>>) location.get("rooms");
        return new Chain(
                location.get("id").toString(),
                rooms.get(0).get("id").toString(),
                rooms.get(1).get("id").toString(),
                therapist,
                client);
    }

    protected String therapist(String locationId) {
        return therapist(
                locationId,
                List.of("TRIGGER_POINT", "EFFLEURAGE", "DEEP_TISSUE"),
                List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"),
                "08:00",
                "20:00");
    }

    /** A therapist qualified in {@code techniques}, working at the location on {@code days} from/to. */
    protected String therapist(String locationId, List<String> techniques, List<String> days, String from, String to) {
        String id = created(call(
                        HttpMethod.POST,
                        "admin",
                        "/api/therapists",
                        Map.of("name", "Therapist", "techniques", techniques)))
                .get("id")
                .toString();
        created(call(
                HttpMethod.POST,
                "admin",
                "/api/therapists/" + id + "/shifts",
                Map.of("locationId", locationId, "days", days, "from", from, "to", to, "validFrom", "2026-01-01")));
        return id;
    }

    protected String client() {
        return created(call(HttpMethod.POST, "desk", "/api/clients", Map.of("name", "Client")))
                .get("id")
                .toString();
    }

    /** Records an intake with {@code days} headache days a month for {@code months} months. */
    protected void intake(String client, int days, int months, List<String> painAreas, List<String> contraindications) {
        ResponseEntity<Map<String, Object>> recorded = call(
                HttpMethod.PUT,
                "desk",
                "/api/clients/" + client + "/intake",
                Map.of(
                        "headacheDaysPerMonth", days,
                        "monthsWithPattern", months,
                        "painAreas", painAreas,
                        "triggers", List.of("STRESS"),
                        "contraindications", contraindications));
        assertThat(recorded.getStatusCode()).as("body: %s", recorded.getBody()).isEqualTo(HttpStatus.OK);
    }

    /** The first {@code day} at least a week after today in {@code zone}, by the service's clock. */
    protected LocalDate comingWeekday(DayOfWeek day, String zone) {
        return LocalDate.now(clock.withZone(ZoneId.of(zone))).plusWeeks(1).with(TemporalAdjusters.nextOrSame(day));
    }

    /** {@code zone}'s next spring-forward ({@code gap}) or fall-back change, at least {@code after} past the clock. */
    protected ZoneOffsetTransition nextTransition(String zone, boolean gap, Duration after) {
        ZoneOffsetTransition next =
                ZoneId.of(zone).getRules().nextTransition(clock.instant().plus(after));
        while (next.isGap() != gap) {
            next = ZoneId.of(zone).getRules().nextTransition(next.getInstant());
        }
        return next;
    }

    protected static Map<String, Object> session(
            String client, String therapist, Object location, String technique, String start, String duration) {
        return Map.of(
                "clientId", client,
                "therapistId", therapist,
                "locationId", location,
                "technique", technique,
                "start", start,
                "duration", duration);
    }

    protected Map<String, Object> bookingBody(Chain chain, String client, String start) {
        return Map.of(
                "clientId",
                client,
                "therapistId",
                chain.therapist(),
                "locationId",
                chain.location(),
                "technique",
                "TRIGGER_POINT",
                "start",
                start,
                "duration",
                "PT45M");
    }

    /** A weekly series of {@code count} 45-minute trigger-point sessions for the chain's client and therapist. */
    protected static Map<String, Object> seriesBody(Chain chain, String firstStart, int count) {
        return Map.of(
                "clientId",
                chain.client(),
                "therapistId",
                chain.therapist(),
                "locationId",
                chain.location(),
                "technique",
                "TRIGGER_POINT",
                "firstStart",
                firstStart,
                "duration",
                "PT45M",
                "every",
                "P1W",
                "count",
                count);
    }

    /** A client with an intake of {@code days} a month, whose recommended plan starts on {@code monday} at 10:00. */
    protected Map<String, Object> acceptedCarePlan(
            Chain chain, int days, int months, List<String> painAreas, LocalDate monday) {
        intake(chain.client(), days, months, painAreas, List.of());
        call(HttpMethod.POST, "desk", "/api/clients/" + chain.client() + "/care-plan/recommendation", Map.of());
        return created(call(
                HttpMethod.POST,
                "desk",
                "/api/clients/" + chain.client() + "/care-plan/accept",
                Map.of(
                        "therapistId",
                        chain.therapist(),
                        "locationId",
                        chain.location(),
                        "firstStart",
                        monday + "T10:00")));
    }

    /**
     * A chronic client's plan accepted from the coming Monday at 10:00 (Mondays and Thursdays), then a stress week
     * declared for the week after: its one extra session, held for the client.
     */
    @SuppressWarnings("unchecked")
    protected Map<String, Object> proposedExtraSession(Chain chain) {
        LocalDate monday = comingWeekday(DayOfWeek.MONDAY, "Europe/Berlin");
        acceptedCarePlan(chain, 18, 4, List.of("SUBOCCIPITAL", "NECK"), monday);
        Map<String, Object> declared = created(call(
                HttpMethod.POST,
                "desk",
                "/api/clients/" + chain.client() + "/stress-periods",
                Map.of(
                        "from",
                        monday.plusWeeks(1).toString(),
                        "to",
                        monday.plusWeeks(1).plusDays(6).toString())));
        List<Map<String, Object>> proposals = (List<Map<String, Object>>) declared.get("proposals");
        assertThat(proposals).singleElement().satisfies(p -> assertThat(p)
                .containsEntry("status", "TENTATIVE")
                .containsKeys("bookingId", "holdUntil"));
        return proposals.get(0);
    }

    /** The occurrences a series reschedule or cancel reports, from a 200 answer. */
    @SuppressWarnings("unchecked")
    protected static List<Map<String, Object>> occurrences(ResponseEntity<Map<String, Object>> response) {
        assertThat(response.getStatusCode()).as("body: %s", response.getBody()).isEqualTo(HttpStatus.OK);
        return (List<Map<String, Object>>) response.getBody().get("occurrences");
    }

    /** Ids of a freshly set-up location, its two rooms, a therapist and a client. */
    protected record Chain(String location, String roomA, String roomB, String therapist, String client) {}
}

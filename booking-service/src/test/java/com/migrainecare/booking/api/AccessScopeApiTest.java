package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.migrainecare.platform.security.AccessTokens;
import com.migrainecare.platform.security.Role;
import com.migrainecare.platform.security.UserLinks;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Lists narrowed to the caller, location scoping of front desk and managers, and what a 404 does not tell. */
class AccessScopeApiTest extends DemoUsersApiSupport {

    @Autowired
    private Clock clock;

    @Autowired
    private AccessTokens tokens;

    @Test
    void aClientListsOnlyTheirOwnBookings() {
        demoBooking(1);
        demoBooking(2);

        JsonNode page = get("client", "/api/bookings");

        assertThat(page.path("page").path("totalElements").asLong()).isPositive();
        assertThat(values(page.path("content"), "clientId")).containsOnly("demo-client-1");
    }

    @Test
    void aClientFilteringByAnotherClientGetsAnEmptyPage() {
        demoBooking(2);

        for (String filter :
                List.of("clientId=demo-client-2", "therapistId=demo-therapist-2", "locationId=" + CHICAGO)) {
            JsonNode page = get("client", "/api/bookings?" + filter);

            assertThat(page.path("content").size()).as(filter).isZero();
            assertThat(page.path("page").path("totalElements").asLong())
                    .as(filter)
                    .isZero();
        }
    }

    @Test
    void anotherClientsBookingAnswersAsAnUnknownOne() {
        String theirs = demoBooking(2);

        ResponseEntity<JsonNode> hidden = call("client", HttpMethod.GET, "/api/bookings/" + theirs, null);
        ResponseEntity<JsonNode> unknown = call("client", HttpMethod.GET, "/api/bookings/" + UUID.randomUUID(), null);

        for (ResponseEntity<JsonNode> response : List.of(hidden, unknown)) {
            assertThat(response.getStatusCode().value()).isEqualTo(404);
            assertThat(response.getBody().path("code").asText()).isEqualTo("BOOKING_NOT_FOUND");
        }
        assertThat(hidden.getBody().path("detail").asText()).isEqualTo("no such booking: " + theirs);
        assertThat(call("client", HttpMethod.GET, "/api/bookings/" + theirs + "/history", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
    }

    @Test
    void theFrontDeskListsOnlyItsLocation() {
        demoBooking(1);
        demoBooking(2);

        assertThat(values(get("frontdesk", "/api/bookings?size=100").path("content"), "locationId"))
                .isNotEmpty()
                .containsOnly(BERLIN);
        assertThat(get("frontdesk", "/api/bookings?locationId=" + CHICAGO)
                        .path("content")
                        .size())
                .isZero();
    }

    @Test
    void theFrontDeskBooksAtItsLocationOnly() {
        LocalDate day = weekdayInThreeWeeks("America/Chicago");
        Map<String, Object> chicago = session("demo-client-8", "demo-therapist-2", CHICAGO, "EFFLEURAGE", day);
        Map<String, Object> berlin = session("demo-client-7", "demo-therapist-1", BERLIN, "TRIGGER_POINT", day);

        ResponseEntity<JsonNode> refused = call("frontdesk", HttpMethod.POST, "/api/bookings", chicago);
        ResponseEntity<JsonNode> booked = call("frontdesk", HttpMethod.POST, "/api/bookings", berlin);

        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(refused.getBody().path("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(booked.getStatusCode().value()).as("%s", booked.getBody()).isEqualTo(201);
        assertThat(call("admin", HttpMethod.POST, "/api/bookings", chicago)
                        .getStatusCode()
                        .value())
                .as("the refused request left the slot free")
                .isEqualTo(201);
    }

    @Test
    void theFrontDeskCannotCancelAtAnotherLocation() {
        String chicago = demoBooking(2);

        ResponseEntity<JsonNode> refused =
                call("frontdesk", HttpMethod.POST, "/api/bookings/" + chicago + "/cancel", Map.of("reason", "try"));

        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(get("admin", "/api/bookings/" + chicago).path("status").asText())
                .isEqualTo("CONFIRMED");
        assertThat(call("frontdesk", HttpMethod.POST, "/api/bookings/" + UUID.randomUUID() + "/cancel", Map.of())
                        .getStatusCode()
                        .value())
                .as("an unknown id answers as one of another location")
                .isEqualTo(403);
    }

    @Test
    void aManagerOfOneLocationAuditsAndReadsOnlyThatLocation() {
        String berlinBooking = demoBooking(1);
        String chicagoBooking = demoBooking(2);
        String manager = "Bearer "
                + tokens.issue(
                                "chicago-manager",
                                List.of(Role.MANAGER),
                                new UserLinks(false, List.of(CHICAGO), null, null))
                        .value();

        JsonNode log = get(manager, "/api/audit/events?size=200");
        assertThat(log.path("content").size()).isPositive();
        assertThat(log.path("content")).allSatisfy(entry -> assertThat(values(entry.path("locationIds"), null))
                .contains(CHICAGO));
        assertThat(get(manager, "/api/audit/events?locationId=" + BERLIN)
                        .path("content")
                        .size())
                .isZero();
        assertThat(get(manager, "/api/bookings/" + chicagoBooking).path("id").asText())
                .isEqualTo(chicagoBooking);
        assertThat(call(manager, HttpMethod.GET, "/api/bookings/" + berlinBooking, null)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(call(manager, HttpMethod.GET, "/api/audit/therapists/demo-therapist-1/day", null)
                        .getStatusCode()
                        .value())
                .as("a day spans locations: for managers of every location")
                .isEqualTo(403);
    }

    @Test
    void aTokenCarriesTheLinksOfItsUser() {
        demoBooking(2);
        String token = call("client", HttpMethod.POST, "/api/auth/token", null)
                .getBody()
                .path("accessToken")
                .asText();

        JsonNode page = get("Bearer " + token, "/api/bookings");

        assertThat(values(page.path("content"), "clientId")).isNotEmpty().containsOnly("demo-client-1");
    }

    private LocalDate weekdayInThreeWeeks(String zone) {
        return LocalDate.now(clock.withZone(ZoneId.of(zone)))
                .plusWeeks(3)
                .with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
    }

    private static Map<String, Object> session(
            String client, String therapist, String location, String technique, LocalDate day) {
        return Map.of(
                "clientId", client,
                "therapistId", therapist,
                "locationId", location,
                "technique", technique,
                "start", day + "T11:00",
                "duration", "PT45M");
    }

    /** The field {@code name} of each element, or the elements themselves when {@code name} is null. */
    private static List<String> values(JsonNode array, String name) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(node -> name == null ? node.asText() : node.path(name).asText())
                .toList();
    }
}

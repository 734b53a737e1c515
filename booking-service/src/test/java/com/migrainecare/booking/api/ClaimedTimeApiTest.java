package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * DOMAIN.md rule 3 over HTTP, on the claims table: a therapist, a room and a client each hold at most one session
 * at any instant (half-open intervals compared as instants), sessions at two locations leave the travel time
 * between them, time off never covers a session, and cancelling or moving a session gives its time back. Sessions
 * are three days ahead of today, so every rule about "now" is out of the way.
 */
class ClaimedTimeApiTest extends ApiTestSupport {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final List<String> EVERY_DAY =
            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

    private final LocalDate today = LocalDate.now(BERLIN);
    private final LocalDate day = today.plusDays(3);

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void cannotDoubleBookTherapist() {
        Chain chain = chain("Europe/Berlin");
        created(book(bookingBody(chain, chain.client(), at("10:00")))); // 10:00-10:45

        // the same start, a start inside, one minute over either edge, and a session around it
        for (Map<String, Object> clash : List.of(
                bookingBody(chain, client(), at("10:00")),
                bookingBody(chain, client(), at("10:44")),
                bookingBody(chain, client(), at("09:16")),
                with(bookingBody(chain, client(), at("10:15")), "duration", "PT15M"),
                with(bookingBody(chain, client(), at("09:30")), "duration", "PT90M"))) {
            assertProblem(book(clash), 409, "THERAPIST_UNAVAILABLE");
        }
        // compared as instants: 09:30 UTC is 10:30 in Berlin
        assertProblem(book(bookingBody(chain, client(), utc(day, "10:30", BERLIN))), 409, "THERAPIST_UNAVAILABLE");
        // a free room does not make a busy therapist free
        assertProblem(
                book(with(bookingBody(chain, client(), at("10:30")), "roomId", chain.roomB())),
                409,
                "THERAPIST_UNAVAILABLE");
    }

    @Test
    void backToBackSessionsDoNotOverlap() {
        Chain chain = chain("Europe/Berlin");
        String other = therapist(chain.location());
        Map<String, Object> middle = created(book(bookingBody(chain, chain.client(), at("10:00"))));
        assertThat(middle).containsEntry("roomId", chain.roomA());

        // the therapist and room A right before and right after (given as UTC), the client right after
        Map<String, Object> before = created(book(bookingBody(chain, client(), at("09:15"))));
        Map<String, Object> after = created(book(bookingBody(chain, client(), utc(day, "10:45", BERLIN))));
        assertThat(before).containsEntry("roomId", chain.roomA());
        assertThat(after).containsEntry("roomId", chain.roomA());
        assertThat(startOf(before)).isEqualTo(instant(day, "09:15", BERLIN));
        assertThat(startOf(after)).isEqualTo(instant(day, "10:45", BERLIN));
        created(book(session(chain.client(), other, chain.location(), "EFFLEURAGE", at("10:45"), "PT45M")));
        created(book(session(chain.client(), other, chain.location(), "EFFLEURAGE", at("09:15"), "PT45M")));
    }

    @Test
    void cannotDoubleBookClient() {
        Chain berlin = chain("Europe/Berlin");
        created(book(bookingBody(berlin, berlin.client(), at("10:00")))); // 10:00-10:45 Berlin
        String london = location("London", LONDON, "Room 1");
        String londoner = therapist(london);

        // another therapist at another location in another zone: 09:30 in London is 10:30 in Berlin
        assertProblem(
                book(session(berlin.client(), londoner, london, "EFFLEURAGE", at("09:30"), "PT45M")),
                409,
                "CLIENT_DOUBLE_BOOKED");
        assertProblem(
                book(session(berlin.client(), londoner, london, "EFFLEURAGE", at("08:15"), "PT60M")),
                409,
                "CLIENT_DOUBLE_BOOKED");
        // 09:45 in London is when the Berlin session ends
        Map<String, Object> next =
                created(book(session(berlin.client(), londoner, london, "EFFLEURAGE", at("09:45"), "PT45M")));
        assertThat(startOf(next)).isEqualTo(instant(day, "10:45", BERLIN));
    }

    /**
     * Shifts at two locations already keep the travel time between them, so the booking's own check is only
     * reachable where the shift check lets two shifts come closer: today, a shift that ends on one day and one
     * at another location that starts the next day, across midnight (see
     * {@link #shiftsOnAdjoiningDaysAtTwoLocationsKeepTheTravelTime}).
     */
    /**
     * A therapist never works two shifts at once and needs the travel time between shifts at two locations, also
     * where one shift's validity ends the day before the other's begins.
     */
    @Test
    void shiftsOnAdjoiningDaysAtTwoLocationsKeepTheTravelTime() {
        String london = location("London", LONDON, "Room 1");
        String berlin = location("Berlin", BERLIN, "Room 1");
        String carla = registerTherapist();
        created(shift(carla, london, "20:00", "23:59", today, day));
        // Berlin's 00:00-00:59 on the next day is London's 23:00-23:59: both shifts at once
        assertProblem(shift(carla, berlin, "00:00", "08:00", day.plusDays(1), null), 409, "SHIFT_OVERLAP");

        String east = location("East", BERLIN, "East 1");
        String west = location("West", BERLIN, "West 1");
        String dora = registerTherapist();
        created(shift(dora, east, "18:00", "23:59", today, day));
        // one minute from east to west
        assertProblem(shift(dora, west, "00:00", "08:00", day.plusDays(1), null), 409, "SHIFT_OVERLAP");
    }

    @Test
    void aCancelledSessionFreesItsTime() {
        String location = location("Single room", BERLIN, "Only room");
        String therapist = therapist(location);
        String firstClient = client();
        Map<String, Object> booking =
                created(book(session(firstClient, therapist, location, "TRIGGER_POINT", at("10:00"), "PT45M")));
        assertProblem(
                book(session(client(), therapist, location, "TRIGGER_POINT", at("10:15"), "PT45M")),
                409,
                "THERAPIST_UNAVAILABLE");

        ResponseEntity<Map<String, Object>> cancelled =
                post("/api/bookings/" + booking.get("id") + "/cancel", Map.of());
        assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(cancelled.getBody()).containsEntry("status", "CANCELLED");
        assertThat(claimsOf(booking)).isZero();

        // the therapist and the only room are free for another client, the client for another therapist
        Map<String, Object> again =
                created(book(session(client(), therapist, location, "TRIGGER_POINT", at("10:15"), "PT45M")));
        assertThat(again).containsEntry("roomId", booking.get("roomId"));
        Chain elsewhere = chain("Europe/Berlin");
        created(book(bookingBody(elsewhere, firstClient, at("10:00"))));
    }

    @Test
    void aRescheduledSessionFreesItsOldSlotAndIsNotBlockedByItsOwn() {
        String location = location("Single room", BERLIN, "Only room");
        String therapist = therapist(location);
        String movingClient = client();
        Map<String, Object> booking =
                created(book(session(movingClient, therapist, location, "TRIGGER_POINT", at("10:00"), "PT45M")));
        String id = booking.get("id").toString();

        // a few minutes later, and longer: inside its own therapist's, room's and client's time
        Map<String, Object> nudged = moved(id, Map.of("start", at("10:10")));
        assertThat(startOf(nudged)).isEqualTo(instant(day, "10:10", BERLIN));
        Map<String, Object> longer = moved(id, Map.of("start", at("10:05"), "duration", "PT60M"));
        assertThat(longer).containsEntry("end", iso(day, "11:05", BERLIN));

        Map<String, Object> away = moved(id, Map.of("start", at("12:00")));
        assertThat(away).containsEntry("start", iso(day, "12:00", BERLIN));
        // the old slot is free for another client, and the moving client is free then too
        created(book(session(client(), therapist, location, "TRIGGER_POINT", at("10:00"), "PT45M")));
        created(book(bookingBody(chain("Europe/Berlin"), movingClient, at("10:30"))));
        // the new slot is held
        assertProblem(
                book(session(client(), therapist, location, "TRIGGER_POINT", at("12:30"), "PT45M")),
                409,
                "THERAPIST_UNAVAILABLE");

        // a refused move keeps the session where it was, with all its claims
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/bookings/" + id + "/reschedule", Map.of("start", at("10:00"))),
                409,
                "THERAPIST_UNAVAILABLE");
        assertProblem(
                book(session(client(), therapist, location, "TRIGGER_POINT", at("12:00"), "PT45M")),
                409,
                "THERAPIST_UNAVAILABLE");
        assertThat(claimsOf(booking)).isEqualTo(3);
        eventually(() -> assertThat(call(HttpMethod.GET, "desk", "/api/bookings/" + id, null)
                        .getBody())
                .containsEntry("start", iso(day, "12:00", BERLIN))
                .containsEntry("status", "CONFIRMED"));
    }

    @Test
    void withNoRoomNamedSessionsTakeTheFreeRooms() {
        Chain chain = chain("Europe/Berlin");
        String second = therapist(chain.location());
        String third = therapist(chain.location());
        Map<String, Object> first = created(book(bookingBody(chain, chain.client(), at("10:00"))));
        Map<String, Object> parallel =
                created(book(session(client(), second, chain.location(), "EFFLEURAGE", at("10:00"), "PT45M")));
        assertThat(List.of(first.get("roomId"), parallel.get("roomId")))
                .containsExactlyInAnyOrder(chain.roomA(), chain.roomB());

        assertProblem(
                book(session(client(), third, chain.location(), "EFFLEURAGE", at("10:00"), "PT45M")),
                409,
                "NO_ROOM_AVAILABLE");
        assertProblem(
                book(with(
                        session(client(), third, chain.location(), "EFFLEURAGE", at("10:30"), "PT30M"),
                        "roomId",
                        chain.roomB())),
                409,
                "ROOM_UNAVAILABLE");
        Chain elsewhere = chain("Europe/Berlin");
        assertProblem(
                book(with(
                        session(client(), third, chain.location(), "EFFLEURAGE", at("12:00"), "PT30M"),
                        "roomId",
                        elsewhere.roomA())),
                422,
                "ROOM_NOT_AT_LOCATION");
        // a named room is used when free, even when an earlier room is free too
        Map<String, Object> named = created(book(with(
                session(client(), third, chain.location(), "EFFLEURAGE", at("10:45"), "PT30M"),
                "roomId",
                chain.roomB())));
        assertThat(named).containsEntry("roomId", chain.roomB());
    }

    @Test
    void aMoveKeepsItsRoomWhileTheRoomIsFree() {
        Chain chain = chain("Europe/Berlin");
        String second = therapist(chain.location());
        Map<String, Object> inA = created(book(bookingBody(chain, chain.client(), at("10:00"))));
        Map<String, Object> inB =
                created(book(session(client(), second, chain.location(), "EFFLEURAGE", at("10:00"), "PT45M")));
        assertThat(inB).containsEntry("roomId", chain.roomB());
        String id = inB.get("id").toString();
        post("/api/bookings/" + inA.get("id") + "/cancel", Map.of());

        // room A is free now and comes first, yet the session keeps room B
        assertThat(moved(id, Map.of("start", at("10:00")))).containsEntry("roomId", chain.roomB());
        assertThat(moved(id, Map.of("start", at("10:10")))).containsEntry("roomId", chain.roomB());

        // when its room is taken at the new time, it takes another; a taken room cannot be named
        created(book(with(bookingBody(chain, client(), at("11:30")), "roomId", chain.roomB())));
        assertThat(moved(id, Map.of("start", at("11:15")))).containsEntry("roomId", chain.roomA());
        assertProblem(
                call(
                        HttpMethod.POST,
                        "desk",
                        "/api/bookings/" + id + "/reschedule",
                        Map.of("start", at("11:15"), "roomId", chain.roomB())),
                409,
                "ROOM_UNAVAILABLE");
        assertThat(moved(id, Map.of("start", at("14:00"), "roomId", chain.roomB())))
                .containsEntry("roomId", chain.roomB());
    }

    @Test
    void timeOffOverABookedSessionIsRefused() {
        Chain chain = chain("Europe/Berlin");
        String other = therapist(chain.location());
        Map<String, Object> booking = created(book(bookingBody(chain, chain.client(), at("10:00")))); // 10:00-10:45

        assertProblem(timeOff(chain.therapist(), "09:00", "12:00"), 409, "TIME_OFF_CONFLICTS_WITH_BOOKING");
        assertProblem(timeOff(chain.therapist(), "10:44", "11:00"), 409, "TIME_OFF_CONFLICTS_WITH_BOOKING");
        assertProblem(timeOff(chain.therapist(), "10:15", "10:30"), 409, "TIME_OFF_CONFLICTS_WITH_BOOKING");

        // right before, right after, another day, another therapist at the same time
        created(timeOff(chain.therapist(), "09:00", "10:00"));
        created(timeOff(chain.therapist(), "10:45", "12:00"));
        created(call(
                HttpMethod.POST,
                "manager",
                "/api/therapists/" + chain.therapist() + "/time-off",
                Map.of(
                        "start", offset(day.plusDays(1), "08:00", BERLIN),
                        "end", offset(day.plusDays(1), "20:00", BERLIN))));
        created(timeOff(other, "10:00", "10:45"));

        // once the session is cancelled, its time can be taken off, and then no longer booked
        post("/api/bookings/" + booking.get("id") + "/cancel", Map.of());
        created(timeOff(chain.therapist(), "10:00", "10:45"));
        assertProblem(book(bookingBody(chain, client(), at("10:00"))), 409, "THERAPIST_ON_TIME_OFF");
    }

    @Test
    void unknownTherapistOrClientIsNotFoundAndHoldsNothing() {
        Chain chain = chain("Europe/Berlin");
        String nobody = "nobody-" + UUID.randomUUID();
        assertProblem(
                call(
                        HttpMethod.POST,
                        "manager",
                        "/api/therapists/" + nobody + "/time-off",
                        Map.of("start", offset(day, "10:00", BERLIN), "end", offset(day, "11:00", BERLIN))),
                404,
                "THERAPIST_NOT_FOUND");
        assertProblem(book(bookingBody(chain, nobody, at("10:00"))), 404, "CLIENT_NOT_FOUND");
        assertThat(resourceRows(nobody)).isZero();

        // the refused request left the therapist, the first room and the client free
        Map<String, Object> booking = created(book(bookingBody(chain, chain.client(), at("10:00"))));
        assertThat(booking).containsEntry("roomId", chain.roomA());
        String id = booking.get("id").toString();

        assertProblem(
                call(
                        HttpMethod.POST,
                        "desk",
                        "/api/bookings/" + id + "/reschedule",
                        Map.of("start", at("12:00"), "therapistId", nobody)),
                404,
                "THERAPIST_NOT_FOUND");
        assertProblem(
                call(
                        HttpMethod.POST,
                        "desk",
                        "/api/bookings/" + id + "/reschedule",
                        Map.of("start", at("12:00"), "locationId", nobody)),
                404,
                "LOCATION_NOT_FOUND");
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/bookings/" + nobody + "/reschedule", Map.of("start", at("12:00"))),
                404,
                "BOOKING_NOT_FOUND");
        assertThat(resourceRows(nobody)).isZero();
        // the booking still holds its time
        assertProblem(book(bookingBody(chain, client(), at("10:30"))), 409, "THERAPIST_UNAVAILABLE");
    }

    @Test
    void anUnknownRoomIsNotFound() {
        Chain chain = chain("Europe/Berlin");
        String noRoom = UUID.randomUUID().toString();
        assertProblem(
                book(with(bookingBody(chain, chain.client(), at("10:00")), "roomId", noRoom)), 404, "ROOM_NOT_FOUND");
        String id = created(book(bookingBody(chain, chain.client(), at("10:00"))))
                .get("id")
                .toString();
        assertProblem(
                call(
                        HttpMethod.POST,
                        "desk",
                        "/api/bookings/" + id + "/reschedule",
                        Map.of("start", at("12:00"), "roomId", noRoom)),
                404,
                "ROOM_NOT_FOUND");
    }

    private ResponseEntity<Map<String, Object>> book(Map<String, Object> body) {
        return post("/api/bookings", body);
    }

    private ResponseEntity<Map<String, Object>> post(String path, Object body) {
        return call(HttpMethod.POST, "desk", path, body);
    }

    private Map<String, Object> moved(String bookingId, Map<String, Object> move) {
        ResponseEntity<Map<String, Object>> response = post("/api/bookings/" + bookingId + "/reschedule", move);
        assertThat(response.getStatusCode()).as("body: %s", response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<Map<String, Object>> timeOff(String therapist, String from, String to) {
        return call(
                HttpMethod.POST,
                "manager",
                "/api/therapists/" + therapist + "/time-off",
                Map.of("start", offset(day, from, BERLIN), "end", offset(day, to, BERLIN), "reason", "training"));
    }

    private String location(String name, ZoneId zone, String... rooms) {
        List<Map<String, Object>> roomBodies = Arrays.stream(rooms)
                .map(room -> Map.<String, Object>of("name", room))
                .toList();
        return created(call(
                        HttpMethod.POST,
                        "admin",
                        "/api/locations",
                        Map.of("name", name, "timeZone", zone.getId(), "rooms", roomBodies)))
                .get("id")
                .toString();
    }

    private String registerTherapist() {
        return created(call(
                        HttpMethod.POST,
                        "admin",
                        "/api/therapists",
                        Map.of("name", "Therapist", "techniques", List.of("EFFLEURAGE"))))
                .get("id")
                .toString();
    }

    private ResponseEntity<Map<String, Object>> shift(
            String therapist, String location, String from, String to, LocalDate validFrom, LocalDate validUntil) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "locationId", location, "days", EVERY_DAY, "from", from, "to", to, "validFrom", validFrom.toString()));
        if (validUntil != null) {
            body.put("validUntil", validUntil.toString());
        }
        return call(HttpMethod.POST, "admin", "/api/therapists/" + therapist + "/shifts", body);
    }

    /** How many claims (therapist, room, client) the booking holds in the claims table. */
    private int claimsOf(Map<String, Object> booking) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM claimed_time WHERE booking_id = ?", Integer.class, booking.get("id"));
    }

    private int resourceRows(String id) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM booking_resource WHERE resource_id LIKE ?", Integer.class, "%:" + id);
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    /** A local date-time on {@link #day}, read in the location's zone. */
    private String at(String time) {
        return day + "T" + time;
    }

    private static Instant instant(LocalDate date, String time, ZoneId zone) {
        return ZonedDateTime.of(date, LocalTime.parse(time), zone).toInstant();
    }

    private static String offset(LocalDate date, String time, ZoneId zone) {
        return ZonedDateTime.of(date, LocalTime.parse(time), zone)
                .toOffsetDateTime()
                .toString();
    }

    /** The same instant as {@code time} in {@code zone}, written in UTC. */
    private static String utc(LocalDate date, String time, ZoneId zone) {
        return instant(date, time, zone).atOffset(ZoneOffset.UTC).toString();
    }

    /** As the API writes a start or end: an offset date-time with seconds, in the location's zone. */
    private static String iso(LocalDate date, String time, ZoneId zone) {
        return ZonedDateTime.of(date, LocalTime.parse(time), zone)
                .toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static Instant startOf(Map<String, Object> booking) {
        return OffsetDateTime.parse(booking.get("start").toString()).toInstant();
    }
}

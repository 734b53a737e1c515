package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

class AvailabilityApiTest extends ApiTestSupport {

    @Test
    void offersFreeSlotsInStartOrderAroundBookings() {
        Chain chain = chain("Europe/Berlin");
        created(call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, chain.client(), "2030-12-02T10:00")));
        String query = "/api/availability?technique=TRIGGER_POINT&from=2030-12-02T09:00&to=2030-12-02T12:00"
                + "&duration=PT45M&therapistId=" + chain.therapist() + "&locationId=" + chain.location();
        eventually(() -> assertThat(getList("desk", query).getBody())
                .extracting(slot -> slot.get("start"))
                .containsExactly(
                        "2030-12-02T09:00:00+01:00",
                        "2030-12-02T09:15:00+01:00",
                        "2030-12-02T10:45:00+01:00",
                        "2030-12-02T11:00:00+01:00",
                        "2030-12-02T11:15:00+01:00"));
        List<Map<String, Object>> slots = getList("desk", query).getBody();
        assertThat(slots.get(0))
                .containsEntry("therapistId", chain.therapist())
                .containsEntry("roomId", chain.roomA())
                .containsEntry("end", "2030-12-02T09:45:00+01:00");
    }

    @Test
    void shiftsAtTwoLocationsLeaveTheTravelTimeBetweenThem() {
        Chain berlin = chain("Europe/Berlin");
        Map<String, Object> potsdam = created(call(
                HttpMethod.POST,
                "admin",
                "/api/locations",
                Map.of("name", "Potsdam", "timeZone", "Europe/Berlin", "rooms", List.of(Map.of("name", "Room 1")))));
        // Berlin starts at 08:00 every day; Potsdam is 30 minutes away
        assertProblem(
                call(
                        HttpMethod.POST,
                        "admin",
                        "/api/therapists/" + berlin.therapist() + "/shifts",
                        Map.of(
                                "locationId",
                                potsdam.get("id"),
                                "days",
                                List.of("MONDAY"),
                                "from",
                                "06:00",
                                "to",
                                "07:45",
                                "validFrom",
                                "2026-01-01")),
                409,
                "SHIFT_OVERLAP");
        created(call(
                HttpMethod.POST,
                "admin",
                "/api/therapists/" + berlin.therapist() + "/shifts",
                Map.of(
                        "locationId",
                        potsdam.get("id"),
                        "days",
                        List.of("MONDAY"),
                        "from",
                        "06:00",
                        "to",
                        "07:30",
                        "validFrom",
                        "2026-01-01")));
        created(call(
                HttpMethod.POST,
                "desk",
                "/api/bookings",
                session(
                        berlin.client(),
                        berlin.therapist(),
                        potsdam.get("id"),
                        "TRIGGER_POINT",
                        "2030-12-02T06:30",
                        "PT60M")));
        String query = "/api/availability?technique=TRIGGER_POINT&from=2030-12-02T05:00:00Z&to=2030-12-02T08:00:00Z"
                + "&duration=PT30M&therapistId=" + berlin.therapist();
        eventually(() -> assertThat(getList("desk", query).getBody())
                .extracting(slot -> slot.get("start") + " " + slot.get("locationId"))
                .containsExactly(
                        "2030-12-02T06:00:00+01:00 " + potsdam.get("id"),
                        "2030-12-02T08:00:00+01:00 " + berlin.location(),
                        "2030-12-02T08:15:00+01:00 " + berlin.location(),
                        "2030-12-02T08:30:00+01:00 " + berlin.location()));
        created(call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(berlin, client(), "2030-12-02T08:00")));
    }

    @Test
    void refusesUnboundedOrInvalidSearches() {
        assertProblem(
                call(
                        HttpMethod.GET,
                        "desk",
                        "/api/availability?technique=EFFLEURAGE&from=2030-01-01T00:00Z"
                                + "&to=2030-03-01T00:00Z&duration=PT45M",
                        null),
                422,
                "INVALID_REQUEST");
        assertProblem(
                call(
                        HttpMethod.GET,
                        "desk",
                        "/api/availability?technique=MAGIC&from=2030-01-01T00:00Z"
                                + "&to=2030-01-02T00:00Z&duration=PT45M",
                        null),
                400,
                "INVALID_PARAMETER");
    }
}

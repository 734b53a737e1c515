package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Every POST that creates answers 201 with the new resource's {@code id}, and a Location that ends in it. */
class CreatedResourcesApiTest extends ApiTestSupport {

    @Autowired
    private Clock clock;

    @Test
    void everyCreatedResourceIsAnsweredWithItsId() {
        LocalDate nextWeek = LocalDate.now(clock).plusDays(7);
        String location = idOf(
                call(
                        HttpMethod.POST,
                        "admin",
                        "/api/locations",
                        Map.of("name", "Mitte", "timeZone", "Europe/Berlin", "rooms", List.of(Map.of("name", "A")))),
                "/api/locations/");
        String therapist = idOf(
                call(
                        HttpMethod.POST,
                        "admin",
                        "/api/therapists",
                        Map.of("name", "Mara", "techniques", List.of("TRIGGER_POINT"))),
                "/api/therapists/");
        Map<String, Object> shift = bodyWithId(
                call(
                        HttpMethod.POST,
                        "admin",
                        "/api/therapists/" + therapist + "/shifts",
                        Map.of(
                                "locationId",
                                location,
                                "days",
                                List.of("SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"),
                                "from",
                                "08:00",
                                "to",
                                "20:00",
                                "validFrom",
                                LocalDate.now(clock).toString())),
                "/api/therapists/" + therapist + "/shifts/");
        assertThat(shift)
                .as("the old name stays for clients that read it")
                .containsEntry("shiftId", shift.get("id"))
                .containsEntry("locationId", location)
                .containsEntry("zone", "Europe/Berlin")
                .containsEntry(
                        "days", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"))
                .containsEntry("from", "08:00");
        idOf(
                call(
                        HttpMethod.POST,
                        "admin",
                        "/api/therapists/" + therapist + "/time-off",
                        Map.of(
                                "start",
                                nextWeek.plusDays(1)
                                        .atStartOfDay()
                                        .toInstant(ZoneOffset.UTC)
                                        .toString(),
                                "end",
                                nextWeek.plusDays(2)
                                        .atStartOfDay()
                                        .toInstant(ZoneOffset.UTC)
                                        .toString())),
                "/api/therapists/" + therapist + "/time-off/");
        String client = idOf(call(HttpMethod.POST, "desk", "/api/clients", Map.of("name", "Jonas")), "/api/clients/");
        Map<String, Object> clearance = bodyWithId(
                call(
                        HttpMethod.POST,
                        "desk",
                        "/api/clients/" + client + "/clearances",
                        Map.of(
                                "clearedBy",
                                "Dr. Weber",
                                "clearedOn",
                                LocalDate.now(clock).toString())),
                "/api/clients/" + client + "/clearances/");
        assertThat(clearance).containsEntry("clearanceId", clearance.get("id")).containsEntry("clearedBy", "Dr. Weber");
        idOf(
                call(
                        HttpMethod.POST,
                        "desk",
                        "/api/bookings",
                        session(client, therapist, location, "TRIGGER_POINT", nextWeek + "T10:00", "PT45M")),
                "/api/bookings/");
    }

    private String idOf(ResponseEntity<Map<String, Object>> response, String collection) {
        return bodyWithId(response, collection).get("id").toString();
    }

    private Map<String, Object> bodyWithId(ResponseEntity<Map<String, Object>> response, String collection) {
        Map<String, Object> body = created(response);
        assertThat(body.get("id")).as("id in %s", body).isInstanceOf(String.class);
        String id = body.get("id").toString();
        assertThat(id).isNotBlank();
        assertThat(response.getHeaders().getLocation()).isNotNull();
        assertThat(response.getHeaders().getLocation().getPath()).isEqualTo(collection + id);
        return body;
    }
}

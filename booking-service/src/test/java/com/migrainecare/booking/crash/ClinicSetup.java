package com.migrainecare.booking.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The clinic the load books in, set up over HTTP before the load starts: one location with two rooms, therapists
 * on shift around the clock, clients, and the grid of start times the load picks from.
 */
record ClinicSetup(
        String locationId,
        List<String> therapists,
        List<String> clients,
        LocalDate firstDay,
        List<LocalDateTime> starts) {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Duration SESSION = Duration.ofMinutes(45);
    /** The days the load books on, from {@link #firstDay}. */
    static final int DAYS = 3;

    private static final int THERAPISTS = 3;
    private static final int CLIENTS = 12;
    private static final int FIRST_DAY = 2;
    /** Starts 10:00 to 17:30 every 30 minutes: 45-minute sessions on this grid overlap their neighbours. */
    private static final int STARTS_PER_DAY = 16;

    static ClinicSetup createOver(ServiceProcess service) throws IOException, InterruptedException {
        LocalDate today = LocalDate.now(BERLIN);
        JsonNode location = created(service.call(
                "POST",
                "admin",
                "/api/locations",
                Map.of(
                        "name",
                        "Crash test clinic",
                        "timeZone",
                        BERLIN.getId(),
                        "rooms",
                        List.of(Map.of("name", "Room A"), Map.of("name", "Room B")))));
        String locationId = location.path("id").asText();
        assertThat(location.path("rooms")).hasSize(2);
        List<String> therapists = new ArrayList<>();
        for (int i = 0; i < THERAPISTS; i++) {
            String id = created(service.call(
                            "POST",
                            "admin",
                            "/api/therapists",
                            Map.of("name", "Therapist " + i, "techniques", List.of("TRIGGER_POINT", "EFFLEURAGE"))))
                    .path("id")
                    .asText();
            created(service.call(
                    "POST",
                    "admin",
                    "/api/therapists/" + id + "/shifts",
                    Map.of(
                            "locationId",
                            locationId,
                            "days",
                            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"),
                            "from",
                            "00:00",
                            "to",
                            "23:59",
                            "validFrom",
                            today.toString())));
            therapists.add(id);
        }
        List<String> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(created(service.call("POST", "desk", "/api/clients", Map.of("name", "Client " + i)))
                    .path("id")
                    .asText());
        }
        LocalDate firstDay = today.plusDays(FIRST_DAY);
        List<LocalDateTime> starts = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            for (int slot = 0; slot < STARTS_PER_DAY; slot++) {
                starts.add(firstDay.plusDays(day).atTime(10, 0).plusMinutes(30L * slot));
            }
        }
        return new ClinicSetup(
                locationId, List.copyOf(therapists), List.copyOf(clients), firstDay, List.copyOf(starts));
    }

    private static JsonNode created(Reply reply) {
        assertThat(reply.status()).as("body: %s", reply.body()).isEqualTo(201);
        return reply.body();
    }
}

package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/** {@code PUT /api/clients/{id}/reminders}: new preferences reach the client record; bad ones change nothing. */
class ReminderPreferencesApiTest extends ApiTestSupport {

    @Test
    void changedReminderPreferencesShowOnTheClient() {
        String client = client();
        Map<String, Object> body = Map.of(
                "channels",
                List.of("SMS"),
                "quietHours",
                Map.of("from", "22:00", "to", "07:30"),
                "leadTimes",
                List.of("PT24H", "PT3H"),
                "timeZone",
                "America/Chicago",
                "locale",
                "de",
                "reason",
                "asked at the desk");

        var answer = call(HttpMethod.PUT, "desk", "/api/clients/" + client + "/reminders", body);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).containsEntry("leadTimes", List.of("PT24H", "PT3H"));
        eventually(() -> {
            Map<String, Object> read =
                    call(HttpMethod.GET, "desk", "/api/clients/" + client, null).getBody();
            assertThat(read).containsEntry("timeZone", "America/Chicago").containsEntry("locale", "de");
            assertThat(read.get("reminders"))
                    .isEqualTo(Map.of(
                            "channels",
                            List.of("SMS"),
                            "quietFrom",
                            "22:00:00",
                            "quietUntil",
                            "07:30:00",
                            "leadTimes",
                            List.of("PT24H", "PT3H")));
        });
    }

    @Test
    void reminderPreferencesWithBadLeadTimesAreRefused() {
        String client = client();
        for (Object leadTimes : List.of(List.of("soon"), List.of("PT5M"), List.of("PT2H", "PT2H"), List.of())) {
            Map<String, Object> body = new HashMap<>();
            body.put("channels", List.of("EMAIL"));
            body.put("leadTimes", leadTimes);
            assertProblem(
                    call(HttpMethod.PUT, "desk", "/api/clients/" + client + "/reminders", body),
                    422,
                    "INVALID_REMINDER_PREFERENCES");
        }
        assertProblem(
                call(
                        HttpMethod.PUT,
                        "desk",
                        "/api/clients/" + client + "/reminders",
                        Map.of("channels", List.of("EMAIL"), "timeZone", "Mars/Olympus")),
                422,
                "INVALID_REQUEST");
        assertThat(call(HttpMethod.PUT, "desk", "/api/clients/" + client + "/reminders", Map.of())
                        .getStatusCode()
                        .value())
                .isEqualTo(400);
        Map<String, Object> read =
                call(HttpMethod.GET, "desk", "/api/clients/" + client, null).getBody();
        assertThat(read.get("reminders")).isEqualTo(defaultReminders());
    }

    @Test
    void reminderPreferencesOfAnUnknownClientAreNotFound() {
        assertProblem(
                call(HttpMethod.PUT, "desk", "/api/clients/nobody/reminders", Map.of("channels", List.of())),
                404,
                "CLIENT_NOT_FOUND");
    }

    private static Map<String, Object> defaultReminders() {
        return Map.of(
                "channels",
                List.of("EMAIL"),
                "quietFrom",
                "21:00:00",
                "quietUntil",
                "08:00:00",
                "leadTimes",
                List.of("PT48H", "PT2H"));
    }
}

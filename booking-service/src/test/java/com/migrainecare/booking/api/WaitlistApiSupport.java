package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What the waitlist's HTTP tests share: joining for a day at a location, and reading an entry. */
abstract class WaitlistApiSupport extends ApiTestSupport {

    static final String BERLIN = "Europe/Berlin";

    String join(String client, String location, LocalDate day) {
        return created(call(HttpMethod.POST, "desk", "/api/waitlist", wish(client, location, day)))
                .get("id")
                .toString();
    }

    static Map<String, Object> wish(String client, String location, LocalDate day) {
        return Map.of(
                "clientId",
                client,
                "technique",
                "TRIGGER_POINT",
                "locationIds",
                List.of(location),
                "from",
                day + "T08:00",
                "to",
                day + "T18:00",
                "reason",
                "wants an earlier session");
    }

    Map<String, Object> entry(String id) {
        ResponseEntity<Map<String, Object>> found = call(HttpMethod.GET, "desk", "/api/waitlist/" + id, null);
        assertThat(found.getStatusCode()).as("body: %s", found.getBody()).isEqualTo(HttpStatus.OK);
        return found.getBody();
    }
}

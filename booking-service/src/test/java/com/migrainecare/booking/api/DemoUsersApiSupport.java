package com.migrainecare.booking.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Objects;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The booking service with the demo profile: the demo chain and the demo users of API.md ({@code manager} of
 * every location, {@code frontdesk} of Berlin, {@code therapist} = demo-therapist-1, {@code client} =
 * demo-client-1, all with password {@code demo}), on stores of its own.
 */
@ActiveProfiles("demo")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clinic.store.embedded.port=0", "clinic.store.embedded.file=", "clinic.store.isolated=true"})
abstract class DemoUsersApiSupport {

    static final String BERLIN = "demo-location-berlin";
    static final String CHICAGO = "demo-location-chicago";

    @Autowired
    protected TestRestTemplate rest;

    /** {@code user} (Basic, password "demo"), or a bearer token when {@code user} starts with "Bearer ". */
    protected ResponseEntity<JsonNode> call(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        if (user != null && user.startsWith("Bearer ")) {
            headers.setBearerAuth(user.substring("Bearer ".length()));
        } else if (user != null) {
            headers.setBasicAuth(user, "demo");
        }
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return rest.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    protected JsonNode get(String user, String path) {
        return call(user, HttpMethod.GET, path, null).getBody();
    }

    /** The id of the demo booking of demo client {@code n}, once the read model has it. */
    protected String demoBooking(int n) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> get("admin", "/api/bookings?clientId=demo-client-" + n)
                                .path("content")
                                .path(0)
                                .path("id")
                                .asText(null),
                        Objects::nonNull);
    }
}

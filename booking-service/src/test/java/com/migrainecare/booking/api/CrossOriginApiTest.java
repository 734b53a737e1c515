package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/** With one origin configured, browsers on that origin may call the API, and no others. */
@TestPropertySource(properties = "clinic.security.cors.allowed-origins=" + CrossOriginApiTest.DESK)
class CrossOriginApiTest extends ApiTestSupport {

    static final String DESK = "https://desk.example.org";

    @Test
    void aPreflightFromTheConfiguredOriginIsAllowedTheApisMethodsAndHeaders() {
        ResponseEntity<String> answer = preflight(DESK, HttpMethod.POST, List.of("Authorization", "Idempotency-Key"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        HttpHeaders headers = answer.getHeaders();
        assertThat(headers.getAccessControlAllowOrigin()).isEqualTo(DESK);
        assertThat(headers.getAccessControlAllowMethods()).contains(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT);
        assertThat(headers.getAccessControlAllowHeaders())
                .map(String::toLowerCase)
                .contains("authorization", "idempotency-key");
        assertThat(headers.getAccessControlAllowCredentials()).isFalse();
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() {
        ResponseEntity<String> answer =
                preflight("https://elsewhere.example", HttpMethod.GET, List.of("Authorization"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(answer.getBody()).contains("CORS_REFUSED");
        assertThat(answer.getHeaders()).doesNotContainKey(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void aPreflightAskingForAHeaderTheApiDoesNotTakeIsRefused() {
        ResponseEntity<String> answer = preflight(DESK, HttpMethod.GET, List.of("X-Something-Else"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer.getHeaders()).doesNotContainKey(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void aCallFromTheConfiguredOriginMayReadTheAnswer() {
        HttpHeaders headers = new HttpHeaders();
        headers.setOrigin(DESK);
        ResponseEntity<Map<String, Object>> read = call(HttpMethod.GET, "desk", "/api/bookings", null, headers);

        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getHeaders().getAccessControlAllowOrigin()).isEqualTo(DESK);
        assertThat(read.getHeaders().getAccessControlExposeHeaders()).contains("ETag", "Location");
        AccessProtectionApiTest.assertProtected(read, HttpStatus.OK);
    }

    private ResponseEntity<String> preflight(String origin, HttpMethod method, List<String> requestHeaders) {
        HttpHeaders headers = new HttpHeaders();
        headers.setOrigin(origin);
        headers.setAccessControlRequestMethod(method);
        headers.setAccessControlRequestHeaders(requestHeaders);
        return rest.exchange("/api/bookings", HttpMethod.OPTIONS, new HttpEntity<>(headers), String.class);
    }
}

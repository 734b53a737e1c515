package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Password guessing answered with 429, and the headers that keep personal data out of caches and frames. */
class AccessProtectionApiTest extends ApiTestSupport {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Test
    void afterFiveWrongPasswordsAUsernameIsRefusedWith429AtBothDoors() {
        String guessed = "guessed-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            assertProblem(login(guessed, "guess-" + i, HttpMethod.GET, "/api/bookings"), 401, "UNAUTHORIZED");
        }
        for (int i = 3; i < 5; i++) {
            assertProblem(login(guessed, "guess-" + i, HttpMethod.POST, "/api/auth/token"), 401, "UNAUTHORIZED");
        }

        for (ResponseEntity<Map<String, Object>> refused : new ResponseEntity[] {
            login(guessed, "guess-5", HttpMethod.GET, "/api/bookings"),
            login(guessed, "guess-6", HttpMethod.POST, "/api/auth/token")
        }) {
            assertProblem(refused, 429, "TOO_MANY_ATTEMPTS");
            assertThat(Long.parseLong(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)))
                    .isBetween(1L, 300L);
            assertThat(refused.getHeaders()).doesNotContainKey(HttpHeaders.WWW_AUTHENTICATE);
        }
        assertThat(call(HttpMethod.GET, "desk", "/api/bookings", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void anApiAnswerIsNeitherCachedNorFramedNorSniffed() {
        assertProtected(call(HttpMethod.GET, "desk", "/api/bookings", null), HttpStatus.OK);
    }

    @Test
    void aProblemForMissingCredentialsCarriesTheSameHeaders() {
        ResponseEntity<Map<String, Object>> response =
                rest.exchange("/api/bookings", HttpMethod.GET, HttpEntity.EMPTY, JSON);

        assertProblem(response, 401, "UNAUTHORIZED");
        assertProtected(response, HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aProblemForAnUnknownPathCarriesTheSameHeaders() {
        ResponseEntity<Map<String, Object>> response = call(HttpMethod.GET, "desk", "/api/no-such-thing", null);

        assertProblem(response, 404, "NOT_FOUND");
        assertProtected(response, HttpStatus.NOT_FOUND);
    }

    @Test
    void theApiDocsAreAPageWithAPolicyForTheirOwnScripts() {
        ResponseEntity<String> page = rest.getForEntity("/swagger-ui/index.html", String.class);
        ResponseEntity<String> docs = rest.getForEntity("/v3/api-docs", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("swagger-ui-bundle.js");
        for (ResponseEntity<String> response : java.util.List.of(page, docs)) {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(response.getHeaders().getFirst("Content-Security-Policy"))
                    .contains("default-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-eval");
            assertThat(response.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
        }
    }

    @Test
    void withoutConfiguredOriginsNoBrowserOnAnotherOriginIsLetIn() {
        HttpHeaders preflight = new HttpHeaders();
        preflight.setOrigin("https://elsewhere.example");
        preflight.setAccessControlRequestMethod(HttpMethod.GET);
        ResponseEntity<String> answer =
                rest.exchange("/api/bookings", HttpMethod.OPTIONS, new HttpEntity<>(preflight), String.class);

        assertThat(answer.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(answer.getHeaders()).doesNotContainKey(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);

        HttpHeaders request = new HttpHeaders();
        request.setOrigin("https://elsewhere.example");
        ResponseEntity<Map<String, Object>> read = call(HttpMethod.GET, "desk", "/api/bookings", null, request);
        assertThat(read.getHeaders()).doesNotContainKey(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    private ResponseEntity<Map<String, Object>> login(String user, String password, HttpMethod method, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        return rest.exchange(path, method, new HttpEntity<>(headers), JSON);
    }

    static void assertProtected(ResponseEntity<?> response, HttpStatus status) {
        HttpHeaders headers = response.getHeaders();
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getCacheControl()).contains("no-store");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo(API_POLICY);
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
    }
}

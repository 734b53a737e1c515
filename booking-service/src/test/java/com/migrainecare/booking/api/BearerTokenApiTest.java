package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrainecare.platform.security.AccessTokenProperties;
import com.migrainecare.platform.security.AccessTokens;
import com.migrainecare.platform.security.Role;
import com.migrainecare.platform.security.TokenSigningKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Bearer tokens traded for a Basic login, and what the service makes of good and bad ones. */
class BearerTokenApiTest extends ApiTestSupport {

    private static final Map<String, Object> LOCATION =
            Map.of("name", "Clinic by token", "timeZone", "Europe/Berlin", "rooms", List.of(Map.of("name", "A")));

    @Autowired
    private TokenSigningKey signingKey;

    @Autowired
    private Clock clock;

    @Test
    void aBasicLoginBuysAShortLivedBearerToken() {
        ResponseEntity<Map<String, Object>> response = basic(HttpMethod.POST, "admin", "pw", "/api/auth/token");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("tokenType", "Bearer").containsEntry("expiresIn", (int)
                AccessTokenProperties.DEFAULT_LIFETIME.toSeconds());
        assertThat(response.getBody().get("accessToken").toString()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(response.getHeaders().getCacheControl()).contains("no-store");
    }

    @Test
    void aTokenCarriesTheRolesOfItsUser() {
        assertThat(bearer(HttpMethod.POST, token("admin"), "/api/locations", LOCATION)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertProblem(bearer(HttpMethod.POST, token("desk"), "/api/locations", LOCATION), 403, "FORBIDDEN");
        assertThat(bearer(HttpMethod.GET, token("desk"), "/api/bookings", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void theTokensUserIsTheActorOfWhatItDoes() {
        Chain chain = chain("Europe/Berlin");
        Map<String, Object> body = new HashMap<>(bookingBody(chain, chain.client(), "2030-12-02T10:00"));
        body.put("reason", "booked with a token");

        String id = created(bearer(HttpMethod.POST, token("desk"), "/api/bookings", body))
                .get("id")
                .toString();
        eventually(() -> {
            // the history is a 404 problem until the projection has seen the booking
            ResponseEntity<Object> history = rest.exchange(
                    "/api/bookings/" + id + "/history",
                    HttpMethod.GET,
                    new HttpEntity<>(basicAuth("manager", "pw")),
                    Object.class);
            assertThat(history.getStatusCode())
                    .as("body: %s", history.getBody())
                    .isEqualTo(HttpStatus.OK);
            Map<?, ?> booked = (Map<?, ?>) ((List<?>) history.getBody()).get(0);
            assertThat(booked.get("actor")).isEqualTo("desk");
            assertThat(booked.get("reason")).isEqualTo("booked with a token");
        });
    }

    @Test
    void anExpiredTokenIsRefused() {
        Duration lifetime = Duration.ofMinutes(15);
        AccessTokens anHourAgo = new AccessTokens(
                signingKey,
                lifetime,
                AccessTokenProperties.DEFAULT_CLOCK_SKEW,
                Clock.offset(clock, Duration.ofHours(-1)));
        String expired = anHourAgo.issue("admin", List.of(Role.ADMIN)).value();

        ResponseEntity<Map<String, Object>> response = bearer(HttpMethod.GET, expired, "/api/bookings", null);

        assertProblem(response, 401, "UNAUTHORIZED");
        assertThat(response.getBody().get("detail").toString()).startsWith("the token expired at");
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                .startsWith("Bearer ")
                .contains("error=\"invalid_token\"");
    }

    @Test
    void aTamperedTokenIsRefused() {
        String[] parts = token("desk").split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String promoted = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(claims.replace("FRONT_DESK", "ADMIN").getBytes(StandardCharsets.UTF_8));
        String flippedSignature =
                parts[2].substring(0, parts[2].length() - 2) + (parts[2].endsWith("AA") ? "BB" : "AA");

        assertProblem(
                bearer(HttpMethod.POST, parts[0] + "." + promoted + "." + parts[2], "/api/locations", LOCATION),
                401,
                "UNAUTHORIZED");
        assertProblem(
                bearer(HttpMethod.GET, parts[0] + "." + parts[1] + "." + flippedSignature, "/api/bookings", null),
                401,
                "UNAUTHORIZED");
    }

    @Test
    void aTokenSignedElsewhereOrMalformedIsRefused() {
        AccessTokens elsewhere = new AccessTokens(
                TokenSigningKey.of("not-the-secret-this-service-was-given"),
                Duration.ofMinutes(15),
                Duration.ZERO,
                clock);

        for (String token : List.of(
                elsewhere.issue("admin", List.of(Role.ADMIN)).value(), "not-a-token", "a.b.c", "e30.e30.", "")) {
            assertProblem(bearer(HttpMethod.GET, token, "/api/bookings", null), 401, "UNAUTHORIZED");
        }
    }

    @Test
    void aTokenCannotBuyAnotherToken() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token("admin"));

        ResponseEntity<Map<String, Object>> response =
                rest.exchange("/api/auth/token", HttpMethod.POST, new HttpEntity<>(headers), JSON);

        assertProblem(response, 401, "UNAUTHORIZED");
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic ");
    }

    @Test
    void aTokenNeedsTheRightPassword() {
        assertProblem(basic(HttpMethod.POST, "admin", "wrong", "/api/auth/token"), 401, "UNAUTHORIZED");
        assertProblem(
                rest.exchange("/api/auth/token", HttpMethod.POST, new HttpEntity<>(new HttpHeaders()), JSON),
                401,
                "UNAUTHORIZED");
    }

    @Test
    void aWrongPasswordAfterACorrectOneIsStillRefused() {
        assertThat(basic(HttpMethod.GET, "desk", "pw", "/api/bookings").getStatusCode())
                .isEqualTo(HttpStatus.OK);

        assertProblem(basic(HttpMethod.GET, "desk", "pw ", "/api/bookings"), 401, "UNAUTHORIZED");
        assertProblem(basic(HttpMethod.GET, "desk", "", "/api/bookings"), 401, "UNAUTHORIZED");
        assertProblem(basic(HttpMethod.GET, "admin", "pw-but-not-quite", "/api/bookings"), 401, "UNAUTHORIZED");
        assertThat(basic(HttpMethod.GET, "desk", "pw", "/api/bookings").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private String token(String user) {
        ResponseEntity<Map<String, Object>> response = basic(HttpMethod.POST, user, "pw", "/api/auth/token");
        assertThat(response.getStatusCode()).as("body: %s", response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody().get("accessToken").toString();
    }

    private ResponseEntity<Map<String, Object>> basic(HttpMethod method, String user, String password, String path) {
        return rest.exchange(path, method, new HttpEntity<>(basicAuth(user, password)), JSON);
    }

    private static HttpHeaders basicAuth(String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        return headers;
    }

    private ResponseEntity<Map<String, Object>> bearer(HttpMethod method, String token, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return rest.exchange(path, method, new HttpEntity<>(body, headers), JSON);
    }
}

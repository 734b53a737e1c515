package com.migrainecare.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.migrainecare.platform.security.AccessTokens;
import com.migrainecare.platform.security.Role;
import com.migrainecare.platform.security.TokenSigningKey;
import com.migrainecare.platform.security.UserLinks;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The notification service accepts the tokens the booking service issues when both are given the same secret, with
 * the roles the token names, even for a user it has no login for.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "clinic.store.embedded.port=0",
            "clinic.store.embedded.file=",
            "clinic.security.token-secret=" + BearerTokenTest.SHARED_SECRET,
            "clinic.security.users[0].username=ops",
            "clinic.security.users[0].password={noop}pw",
            "clinic.security.users[0].roles[0]=MANAGER",
            "clinic.security.users[0].all-locations=true"
        })
class BearerTokenTest {

    static final String SHARED_SECRET = "the-secret-both-services-of-the-clinic-share";

    private static final String DATABASE = "notification-token-test-" + UUID.randomUUID();

    /** What the booking service signs with, given the same secret. */
    private static final AccessTokens BOOKING_SERVICE = new AccessTokens(
            TokenSigningKey.of(SHARED_SECRET), Duration.ofMinutes(15), Duration.ofSeconds(30), Clock.systemUTC());

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.database", () -> DATABASE);
    }

    @Autowired
    private TestRestTemplate http;

    @Test
    void aBookingServiceTokenOpensWhatItsRolesAndLinksAllow() {
        String manager = BOOKING_SERVICE
                .issue("manager", List.of(Role.MANAGER), new UserLinks(true, List.of(), null, null))
                .value();

        ResponseEntity<JsonNode> response = withBearer(manager, "/api/watched-sessions/no-such-booking");

        assertProblem(response, HttpStatus.NOT_FOUND, "SESSION_NOT_FOUND");
    }

    @Test
    void aManagerTokenOfOneLocationIsRefusedTheWholeChainsSessions() {
        String manager = BOOKING_SERVICE
                .issue("manager", List.of(Role.MANAGER), new UserLinks(false, List.of("loc-1"), null, null))
                .value();

        assertProblem(withBearer(manager, "/api/watched-sessions/any"), HttpStatus.FORBIDDEN, "FORBIDDEN");
    }

    @Test
    void aBookingServiceTokenWithoutTheRoleIsForbidden() {
        String client = BOOKING_SERVICE.issue("client", List.of(Role.CLIENT)).value();

        assertProblem(withBearer(client, "/api/watched-sessions/any"), HttpStatus.FORBIDDEN, "FORBIDDEN");
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        AccessTokens stranger = new AccessTokens(
                TokenSigningKey.of("a-secret-the-clinic-never-handed-out"),
                Duration.ofMinutes(15),
                Duration.ZERO,
                Clock.systemUTC());

        ResponseEntity<JsonNode> response =
                withBearer(stranger.issue("manager", List.of(Role.MANAGER)).value(), "/api/watched-sessions/any");

        assertProblem(response, HttpStatus.UNAUTHORIZED, "UNAUTHORIZED");
    }

    @Test
    void itsOwnTokensWorkHereToo() {
        ResponseEntity<JsonNode> issued =
                http.withBasicAuth("ops", "pw").postForEntity("/api/auth/token", null, JsonNode.class);
        assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.OK);
        String token = issued.getBody().path("accessToken").asText();

        assertProblem(
                withBearer(token, "/api/watched-sessions/no-such-booking"), HttpStatus.NOT_FOUND, "SESSION_NOT_FOUND");
        assertThat(BOOKING_SERVICE.decoder().decode(token).getSubject()).isEqualTo("ops");
    }

    private ResponseEntity<JsonNode> withBearer(String token, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    /** A problem+json answer with this status and code. */
    static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String code) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("content type %s", response.getHeaders().getContentType())
                .isTrue();
        assertThat(response.getBody().path("code").asText()).isEqualTo(code);
    }
}

package com.migrainecare.notification;

import static com.migrainecare.notification.BearerTokenTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.migrainecare.platform.testing.IdentityProviderStub;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The notification service with no users, only the chain's identity provider (its JWK set named directly): the
 * provider's tokens open the reminders as the roles they carry allow, and bad ones are refused.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clinic.store.embedded.port=0", "clinic.store.embedded.file=", "clinic.store.isolated=true"})
class IdentityProviderTokenTest {

    private static final IdentityProviderStub IDP = IdentityProviderStub.start();

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("clinic.security.oidc.issuer-uri", IDP::issuer);
        registry.add("clinic.security.oidc.jwk-set-uri", IDP::jwkSetUri);
    }

    @AfterAll
    static void stop() {
        IDP.close();
    }

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private Clock clock;

    @Test
    void aProviderTokenOpensWhatItsRolesAllow() {
        String client = IDP.token(clock, "ana", List.of("CLIENT"), Map.of("clientId", "client-of-ana"));
        String desk = IDP.token(clock, "desk", List.of("FRONT_DESK"), Map.of("allLocations", true));

        assertThat(get(client, "/api/reminders").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertProblem(get(desk, "/api/reminders"), HttpStatus.FORBIDDEN, "FORBIDDEN");
    }

    @Test
    void anExpiredOrForgedTokenIs401AndARolelessOne403() {
        JWTClaimsSet admin =
                IDP.claims("admin", clock).claim("roles", List.of("ADMIN")).build();
        Date past = Date.from(clock.instant().minus(Duration.ofHours(1)));

        assertProblem(
                get(
                        IDP.sign(new JWTClaimsSet.Builder(admin)
                                .expirationTime(past)
                                .build()),
                        "/api/reminders"),
                HttpStatus.UNAUTHORIZED,
                "UNAUTHORIZED");
        assertProblem(get(IDP.forge(admin), "/api/reminders"), HttpStatus.UNAUTHORIZED, "UNAUTHORIZED");
        assertProblem(
                get(IDP.token(clock, "visitor", List.of("guest"), Map.of()), "/api/reminders"),
                HttpStatus.FORBIDDEN,
                "FORBIDDEN");
        assertThat(get(IDP.sign(admin), "/api/deliveries").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aProviderOutOfReachIsA503NotA401() {
        String rotated = IDP.rotatedKeyToken(clock, "admin", List.of("ADMIN"));
        IDP.down(true);
        try {
            ResponseEntity<JsonNode> response = get(rotated, "/api/reminders");

            assertProblem(response, HttpStatus.SERVICE_UNAVAILABLE, "IDENTITY_PROVIDER_UNAVAILABLE");
            assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        } finally {
            IDP.down(false);
        }
    }

    private ResponseEntity<JsonNode> get(String token, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }
}

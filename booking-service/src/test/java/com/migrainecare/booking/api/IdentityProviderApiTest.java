package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrainecare.platform.testing.IdentityProviderStub;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The booking service with no users at all, only the chain's identity provider (found through its issuer's
 * discovery document, on loopback): its tokens' roles and location claims open exactly what a login of the clinic
 * with the same roles and locations may do, and a token it did not issue, for it, and currently is refused.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clinic.store.embedded.port=0", "clinic.store.embedded.file=", "clinic.store.isolated=true"})
class IdentityProviderApiTest extends ApiTestSupport {

    private static final IdentityProviderStub IDP = IdentityProviderStub.start();

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("clinic.security.oidc.issuer-uri", IDP::issuer);
        registry.add("clinic.security.oidc.audience", () -> IdentityProviderStub.AUDIENCE);
    }

    @AfterAll
    static void stop() {
        IDP.close();
    }

    /** The set-up helpers log in with the provider's tokens: an admin, and a front desk of every location. */
    @Override
    protected void authenticate(HttpHeaders headers, String user) {
        headers.setBearerAuth(
                "admin".equals(user)
                        ? IDP.token(clock, "admin", List.of("ADMIN"), Map.of())
                        : IDP.token(clock, user, List.of("FRONT_DESK"), Map.of("allLocations", true)));
    }

    @Test
    void aFrontDeskTokenBooksAtItsLocationAndIsRefusedAtAnother() {
        Chain berlin = chain("Europe/Berlin");
        Chain chicago = chain("America/Chicago");
        String desk = IDP.token(
                clock, "desk-of-berlin", List.of("front_desk"), Map.of("locationIds", List.of(berlin.location())));

        Map<String, Object> booked = created(bearer(
                desk,
                HttpMethod.POST,
                "/api/bookings",
                bookingBody(berlin, berlin.client(), comingWeekday(DayOfWeek.TUESDAY, "Europe/Berlin") + "T10:00")));
        ResponseEntity<Map<String, Object>> refused = bearer(
                desk,
                HttpMethod.POST,
                "/api/bookings",
                bookingBody(chicago, chicago.client(), comingWeekday(DayOfWeek.TUESDAY, "America/Chicago") + "T10:00"));

        assertProblem(refused, 403, "FORBIDDEN");
        eventually(() -> assertThat(read(desk, "/api/bookings/" + booked.get("id") + "/history"))
                .contains("\"actor\":\"desk-of-berlin\""));
    }

    @Test
    void tokensOfAnotherIssuerExpiredForgedOrForAnotherAudienceAre401() {
        JWTClaimsSet admin =
                IDP.claims("admin", clock).claim("roles", List.of("ADMIN")).build();
        Date past = Date.from(clock.instant().minus(Duration.ofHours(1)));
        List<String> refused = List.of(
                IDP.sign(new JWTClaimsSet.Builder(admin)
                        .issuer("https://login.elsewhere.example")
                        .build()),
                IDP.sign(new JWTClaimsSet.Builder(admin)
                        .issueTime(past)
                        .expirationTime(past)
                        .build()),
                IDP.forge(admin),
                IDP.sign(new JWTClaimsSet.Builder(admin).audience("another-api").build()));

        for (String token : refused) {
            ResponseEntity<Map<String, Object>> response = bearer(token, HttpMethod.GET, "/api/locations", null);
            assertProblem(response, 401, "UNAUTHORIZED");
            assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                    .startsWith("Bearer")
                    .contains("invalid_token");
        }
        assertThat(read(IDP.sign(admin), "/api/locations")).startsWith("[");
    }

    @Test
    void aTokenWithoutAClinicRoleIsForbiddenEvenWhatEveryLoginMayRead() {
        String nobody = IDP.token(clock, "visitor", List.of("offline_access", "uma_authorization"), Map.of());

        assertProblem(bearer(nobody, HttpMethod.GET, "/api/locations", null), 403, "FORBIDDEN");
        assertProblem(bearer(nobody, HttpMethod.GET, "/api/bookings", null), 403, "FORBIDDEN");
    }

    @Test
    void withOnlyAnIssuerThereIsNoPasswordLogin() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("admin", "pw");

        ResponseEntity<Map<String, Object>> response =
                rest.exchange("/api/locations", HttpMethod.GET, new HttpEntity<>(headers), JSON);

        assertProblem(response, 401, "UNAUTHORIZED");
    }

    /** The body of a read that must succeed. */
    private String read(String token, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        ResponseEntity<String> response = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(response.getStatusCode()).as("body: %s", response.getBody()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<Map<String, Object>> bearer(String token, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return rest.exchange(path, method, new HttpEntity<>(body, headers), JSON);
    }
}

package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** A client's intake is read only by the client, their therapists and the staff of their locations. */
@ExtendWith(OutputCaptureExtension.class)
class IntakePrivacyApiTest extends DemoUsersApiSupport {

    private static final String SECRET_CONDITION = "takes-warfarin-since-spring";

    @Test
    void theTherapistReadsTheIntakeOfTheirClientOnly() {
        demoBooking(1);
        demoBooking(2);

        JsonNode treated = get("therapist", "/api/clients/demo-client-1");
        ResponseEntity<JsonNode> other = call("therapist", HttpMethod.GET, "/api/clients/demo-client-2", null);

        assertThat(treated.path("intake").path("headacheDaysPerMonth").isInt()).isTrue();
        assertThat(other.getStatusCode().value()).isEqualTo(404);
        assertThat(other.getBody().path("code").asText()).isEqualTo("CLIENT_NOT_FOUND");
        assertThat(other.getBody().has("intake")).isFalse();
    }

    @Test
    void theFrontDeskReadsIntakesOfClientsBookedAtItsLocationOnly() {
        demoBooking(1);
        demoBooking(2);

        assertThat(get("frontdesk", "/api/clients/demo-client-1").path("intake").isObject())
                .isTrue();
        assertThat(call("frontdesk", HttpMethod.GET, "/api/clients/demo-client-2", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(call("frontdesk", HttpMethod.PUT, "/api/clients/demo-client-2/intake", intake())
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
    }

    @Test
    void aClientReadsAndRecordsTheirOwnIntakeAndNobodyElses() {
        ResponseEntity<JsonNode> recorded =
                call("client", HttpMethod.PUT, "/api/clients/demo-client-1/intake", intake());

        assertThat(recorded.getStatusCode().value())
                .as("%s", recorded.getBody())
                .isEqualTo(200);
        assertThat(get("client", "/api/clients/demo-client-1").path("id").asText())
                .isEqualTo("demo-client-1");
        assertThat(call("client", HttpMethod.GET, "/api/clients/demo-client-3", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(call("client", HttpMethod.PUT, "/api/clients/demo-client-3/intake", intake())
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
    }

    @Test
    void anIntakeNeverReachesTheLogNorAnErrorAnswer(CapturedOutput output) {
        Map<String, Object> tooMany = new java.util.HashMap<>(intake());
        tooMany.put("headacheDaysPerMonth", 40);

        ResponseEntity<JsonNode> refused = call("admin", HttpMethod.PUT, "/api/clients/demo-client-4/intake", tooMany);
        ResponseEntity<JsonNode> recorded =
                call("admin", HttpMethod.PUT, "/api/clients/demo-client-4/intake", intake());

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().toString()).doesNotContain(SECRET_CONDITION);
        assertThat(recorded.getStatusCode().value()).isEqualTo(200);
        assertThat(output.getAll()).doesNotContain(SECRET_CONDITION);
    }

    private static Map<String, Object> intake() {
        return Map.of(
                "headacheDaysPerMonth",
                9,
                "monthsWithPattern",
                4,
                "painAreas",
                List.of("TEMPLES"),
                "triggers",
                List.of("STRESS"),
                "contraindications",
                List.of(),
                "otherConditions",
                SECRET_CONDITION);
    }
}

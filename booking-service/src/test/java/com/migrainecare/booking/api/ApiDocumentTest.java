package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The OpenAPI document as served, written to {@code target/openapi/booking-service.json} for the lint of
 * {@code .ci/lint-openapi.sh}: it declares both ways to authenticate, the problems of every operation, and a bound
 * on every parameter.
 */
class ApiDocumentTest extends ApiTestSupport {

    @Test
    void documentDeclaresSecurityProblemsAndBounds() throws IOException {
        ResponseEntity<String> served = rest.getForEntity("/v3/api-docs", String.class);
        assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
        Path file = Path.of("target", "openapi", "booking-service.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, served.getBody());

        JsonNode document = new ObjectMapper().readTree(served.getBody());
        assertThat(document.at("/components/securitySchemes/basicAuth/scheme").asText())
                .isEqualTo("basic");
        assertThat(document.at("/components/securitySchemes/bearerAuth/scheme").asText())
                .isEqualTo("bearer");
        List<String> missing = new ArrayList<>();
        document.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    for (String status : List.of("401", "403", "404", "429")) {
                        if (op.getValue()
                                .at("/responses/" + status + "/content/application~1problem+json")
                                .isMissingNode()) {
                            missing.add(op.getKey() + " " + path.getKey() + " " + status);
                        }
                    }
                    op.getValue().path("parameters").forEach(parameter -> {
                        JsonNode schema = parameter.path("schema");
                        boolean bounded = schema.has("maxLength") || schema.has("enum") || schema.has("maximum");
                        // a date, time, date-time or duration is parsed strictly, which bounds its length
                        boolean parsed = List.of("date", "time", "date-time", "duration")
                                .contains(schema.path("format").asText());
                        if (!bounded && !parsed) {
                            missing.add(op.getKey() + " " + path.getKey() + " ?"
                                    + parameter.path("name").asText());
                        }
                    });
                }));
        assertThat(missing).isEmpty();
        JsonNode linkSecurity = document.at("/paths/~1api~1calendar-feeds~1{token}~1calendar.ics/get/security");
        assertThat(linkSecurity.isArray()).as("the secret link needs no login").isTrue();
        assertThat(linkSecurity).isEmpty();
    }

    @Test
    void inputsBeyondTheirDeclaredBoundsAreProblemsNamingTheField() {
        ResponseEntity<java.util.Map<String, Object>> longReason = call(
                org.springframework.http.HttpMethod.POST,
                "admin",
                "/api/locations",
                java.util.Map.of("name", "Clinic", "timeZone", "Europe/Berlin", "reason", "r".repeat(501)));
        assertProblem(longReason, 400, "VALIDATION_FAILED");
        assertThat(longReason.getBody().get("errors").toString()).contains("field=reason");

        ResponseEntity<java.util.Map<String, Object>> longId =
                call(org.springframework.http.HttpMethod.GET, "admin", "/api/bookings/" + "b".repeat(65), null);
        assertProblem(longId, 400, "VALIDATION_FAILED");
        assertThat(longId.getBody().get("errors").toString()).contains("field=id");
    }
}

package com.migrainecare.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The OpenAPI document as served, written to {@code target/openapi/notification-service.json} for
 * {@code .ci/lint-openapi.sh}; the bounds it declares are the ones the controllers enforce.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "clinic.store.embedded.port=0",
            "clinic.store.embedded.file=",
            "clinic.store.isolated=true",
            "clinic.security.users[0].username=ops",
            "clinic.security.users[0].password={noop}pw",
            "clinic.security.users[0].roles[0]=MANAGER",
            "clinic.security.users[0].all-locations=true",
            "clinic.security.users[1].username=someone",
            "clinic.security.users[1].password={noop}pw",
            "clinic.security.users[1].roles[0]=CLIENT"
        })
class ApiDocumentTest {

    @Autowired
    private TestRestTemplate http;

    @Test
    void documentDeclaresAuthenticationProblemsAndBoundedIds() throws Exception {
        String served = http.getForObject("/v3/api-docs", String.class);
        Path file = Path.of("target", "openapi", "notification-service.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, served);

        JsonNode document = new ObjectMapper().readTree(served);
        assertThat(document.at("/components/securitySchemes").fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("basicAuth", "bearerAuth");
        JsonNode reminders = document.at("/paths/~1api~1reminders/get");
        assertThat(reminders.at("/responses/429/headers/Retry-After").isMissingNode())
                .isFalse();
        assertThat(reminders
                        .at("/responses/401/content/application~1problem+json")
                        .isMissingNode())
                .isFalse();
        JsonNode clientId = reminders.path("parameters").get(0).path("schema");
        assertThat(clientId.path("maxLength").asInt()).isEqualTo(64);
    }

    @Test
    void anIdLongerThanItsBoundIsAProblemNamingTheField() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("ops", "pw");
        ResponseEntity<JsonNode> response = http.exchange(
                "/api/reminders?clientId=" + "c".repeat(65), HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.getBody().path("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.getBody().path("errors").get(0).path("field").asText())
                .isEqualTo("clientId");
    }
}

package com.migrainecare.platform.docs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.math.BigDecimal;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Declares on every operation the RFC 9457 problems the security layer and the error handler answer: 401 without
 * valid credentials, 403 outside the caller's role, 404 for an unknown or hidden resource, 429 for a login that
 * is throttled (with {@code Retry-After}), 503 when the identity provider's keys are needed and it cannot be
 * reached (with {@code Retry-After}), and 400 with the fields at fault where the operation takes input.
 */
class ProblemResponses implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    private static final String PROBLEM_JSON = "application/problem+json";

    private static final Map<String, String> ALWAYS = Map.of(
            "401", "Not authenticated, or the credentials are wrong or expired (UNAUTHORIZED)",
            "403", "The caller's role does not allow this (FORBIDDEN)",
            "404", "No such resource, or one the caller may not know of (…_NOT_FOUND)",
            "429", "Too many failed logins from this address or for this user (TOO_MANY_ATTEMPTS)",
            "503",
                    "With an identity provider configured: its keys were needed to check a bearer token and it could"
                            + " not be reached (IDENTITY_PROVIDER_UNAVAILABLE)");

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(FIELD_ERROR, fieldError()).addSchemas(PROBLEM, problem());
        if (openApi.getPaths() == null) {
            return;
        }
        // the error page is where the container forwards failures, not an operation of the API
        openApi.getPaths().remove("/error");
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(ProblemResponses::declare));
    }

    private static void declare(Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        if (takesInput) {
            responses.putIfAbsent("400", problem("The input is malformed or out of bounds (VALIDATION_FAILED, ...)"));
        }
        ALWAYS.forEach((status, description) -> responses.putIfAbsent(status, problem(description)));
        responses
                .get("429")
                .addHeaderObject(
                        "Retry-After",
                        new Header()
                                .description("seconds until a login may be tried again")
                                .schema(bounded(new IntegerSchema(), 1, 86_400)));
        responses
                .get("503")
                .addHeaderObject(
                        "Retry-After",
                        new Header()
                                .description("seconds until the identity provider is asked again")
                                .schema(bounded(new IntegerSchema(), 1, 86_400)));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                PROBLEM_JSON,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("RFC 9457 problem details with a stable code")
                .addProperty("type", text(2048).format("uri"))
                .addProperty("title", text(200))
                .addProperty("status", bounded(new IntegerSchema(), 100, 599))
                .addProperty("detail", text(2000))
                .addProperty("instance", text(2048).format("uri-reference"))
                .addProperty("code", text(64).pattern("^[A-Z][A-Z0-9_]*$"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
                                .maxItems(100));
    }

    private static Schema<?> fieldError() {
        return new ObjectSchema()
                .addProperty("field", text(200).pattern("^[A-Za-z0-9_.\\[\\]-]+$"))
                .addProperty("message", text(500));
    }

    private static Schema<String> text(int maxLength) {
        return new StringSchema().maxLength(maxLength);
    }

    private static Schema<?> bounded(IntegerSchema schema, long min, long max) {
        return schema.format("int32").minimum(BigDecimal.valueOf(min)).maximum(BigDecimal.valueOf(max));
    }
}

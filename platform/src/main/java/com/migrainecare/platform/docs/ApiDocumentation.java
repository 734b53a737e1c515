package com.migrainecare.platform.docs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The document's frame: HTTP Basic and bearer tokens (either one authenticates every operation not marked
 * otherwise), the service itself as the only server (a relative URL, so the document names no scheme or host
 * that a proxy would change), and the problem responses of {@link ProblemResponses}.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";

    @Bean
    OpenAPI clinicOpenApi(
            @Value("${spring.application.name:clinic}") String name,
            @Value("${info.description:Clinic scheduling}") String description) {
        return new OpenAPI()
                .info(new Info().title(name).version("1").description(description))
                .servers(List.of(new Server()
                        .url("/")
                        .description("the service itself, as deployed (production, staging or local)")
                        .extensions(Map.of("x-internal", false))))
                .components(
                        new Components()
                                .addSecuritySchemes(
                                        BASIC,
                                        new SecurityScheme()
                                                .type(SecurityScheme.Type.HTTP)
                                                .scheme("basic")
                                                .description("a configured user's name and password"))
                                .addSecuritySchemes(
                                        BEARER,
                                        new SecurityScheme()
                                                .type(SecurityScheme.Type.HTTP)
                                                .scheme("bearer")
                                                .bearerFormat("JWT")
                                                .description(
                                                        "a JWT from POST /api/auth/token (HS256, 15 minutes), checked as RFC8725"
                                                                + " recommends: one algorithm, the signature, issuer, subject and expiry")))
                .security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER)));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return new ProblemResponses();
    }
}

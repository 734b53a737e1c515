package com.migrainecare.platform.security;

import com.migrainecare.platform.web.ProblemWriter;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Lets pages of the configured origins call the API from a browser, with the API's methods and request headers
 * only; a request from any other origin is refused with a problem. Credentials travel in the
 * {@code Authorization} header, never in cookies, so none are allowed.
 */
final class CrossOrigin {

    static final String CORS_REFUSED = "CORS_REFUSED";

    private static final List<String> METHODS = List.of(
            HttpMethod.GET.name(),
            HttpMethod.POST.name(),
            HttpMethod.PUT.name(),
            HttpMethod.PATCH.name(),
            HttpMethod.DELETE.name());
    private static final List<String> REQUEST_HEADERS = List.of(
            HttpHeaders.AUTHORIZATION,
            HttpHeaders.CONTENT_TYPE,
            "Idempotency-Key",
            HttpHeaders.IF_MATCH,
            "X-Request-Id");
    private static final List<String> RESPONSE_HEADERS =
            List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER, "X-Request-Id");

    private CrossOrigin() {}

    static CorsFilter filter(CorsProperties properties, ProblemWriter problems) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(properties.allowedOrigins());
        configuration.setAllowedMethods(METHODS);
        configuration.setAllowedHeaders(REQUEST_HEADERS);
        configuration.setExposedHeaders(RESPONSE_HEADERS);
        configuration.setAllowCredentials(false);
        configuration.setMaxAge(properties.maxAge());
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", configuration);
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new ProblemRefusals(problems));
        return filter;
    }

    /** Spring's checks, with the refusal as problem+json instead of a line of plain text. */
    private static final class ProblemRefusals extends DefaultCorsProcessor {

        private final ProblemWriter problems;

        ProblemRefusals(ProblemWriter problems) {
            this.problems = problems;
        }

        @Override
        protected void rejectRequest(ServerHttpResponse response) throws IOException {
            if (!(response instanceof ServletServerHttpResponse servlet)) {
                super.rejectRequest(response);
                return;
            }
            problems.write(
                    servlet.getServletResponse(),
                    HttpStatus.FORBIDDEN,
                    CORS_REFUSED,
                    "this origin, method or header is not allowed to call the API from a browser");
        }
    }
}

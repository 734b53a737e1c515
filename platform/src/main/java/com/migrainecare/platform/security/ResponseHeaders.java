package com.migrainecare.platform.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The headers of every answer, problems included: personal data is never stored by a cache, never framed, never
 * sniffed into another type, and leaks no address in a referrer. An API answer is data, never a page, so its
 * content policy allows nothing; the API docs are a page (Swagger UI), whose policy allows this origin's scripts
 * and styles.
 */
final class ResponseHeaders {

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String DOCS_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
            + " frame-ancestors 'none'; form-action 'none'";

    /** The API docs' paths, as springdoc serves them. */
    static final String[] DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    private ResponseHeaders() {}

    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        RequestMatcher docs = new OrRequestMatcher(java.util.Arrays.stream(DOCS)
                .map(path -> (RequestMatcher)
                        PathPatternRequestMatcher.withDefaults().matcher(path))
                .toList());
        headers.contentTypeOptions(Customizer.withDefaults())
                .cacheControl(Customizer.withDefaults())
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .addHeaderWriter(policy(new NegatedRequestMatcher(docs), API_POLICY))
                .addHeaderWriter(policy(docs, DOCS_POLICY));
    }

    private static DelegatingRequestMatcherHeaderWriter policy(RequestMatcher requests, String policy) {
        return new DelegatingRequestMatcherHeaderWriter(
                requests, new StaticHeadersWriter(CONTENT_SECURITY_POLICY, policy));
    }
}

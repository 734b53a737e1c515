package com.migrainecare.platform.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** The rule of one endpoint: its method and path pattern ({@code /api/bookings/{id}}), and what it decides. */
public record AccessRule(String method, PathPattern pattern, Check check) {

    private static final PathPatternParser PARSER = new PathPatternParser();

    /** The decision, from the caller's scope and the request. */
    @FunctionalInterface
    public interface Check {
        Verdict decide(Scope scope, AccessRequest request);
    }

    public static AccessRule rule(String method, String pattern, Check check) {
        return new AccessRule(method, PARSER.parse(pattern), check);
    }

    public static AccessRule get(String pattern, Check check) {
        return rule("GET", pattern, check);
    }

    public static AccessRule post(String pattern, Check check) {
        return rule("POST", pattern, check);
    }

    public static AccessRule put(String pattern, Check check) {
        return rule("PUT", pattern, check);
    }

    public static AccessRule delete(String pattern, Check check) {
        return rule("DELETE", pattern, check);
    }

    /** Any authenticated caller. */
    public static Check anyone() {
        return (scope, request) -> Verdict.ALLOW;
    }

    /** The path variables when this rule is the request's (a HEAD is the GET without its body); null otherwise. */
    Map<String, String> match(HttpServletRequest request, String path) {
        String requested = "HEAD".equalsIgnoreCase(request.getMethod()) ? "GET" : request.getMethod();
        if (!method.equalsIgnoreCase(requested)) {
            return null;
        }
        PathPattern.PathMatchInfo info = pattern.matchAndExtract(PathContainer.parsePath(path));
        return info == null ? null : info.getUriVariables();
    }

    @Override
    public String toString() {
        return method + " " + pattern.getPatternString();
    }
}

package com.migrainecare.platform.access;

import com.migrainecare.platform.security.HiddenDecision;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The one place a service decides who may call what: Spring Security asks it for every authenticated request,
 * it finds the rule of the request's endpoint among the service's {@link PathRules} and turns the rule's
 * {@link Verdict} into a decision (a hidden resource answers 404 through {@link HiddenDecision}). An {@code /api}
 * endpoint without a rule is for admins only, so a new endpoint is closed until it gets its rule; other paths
 * (unknown ones answer 404, a method an endpoint does not have 405, further on) need only a login.
 */
@Component
public class AccessGate implements AuthorizationManager<RequestAuthorizationContext> {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final Scopes scopes;
    private final List<AccessRule> rules;
    private final ObjectProvider<RequestMappingHandlerMapping> handlers;
    private volatile List<RequestMappingInfo> endpoints;

    public AccessGate(
            Scopes scopes,
            List<PathRules> families,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlers) {
        this.scopes = scopes;
        this.handlers = handlers;
        this.rules = families.stream()
                .flatMap(family -> family.rules().stream())
                .sorted(Comparator.comparing(AccessRule::pattern, PathPattern.SPECIFICITY_COMPARATOR))
                .toList();
    }

    @Override
    @SuppressWarnings("deprecation")
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        if (caller == null || !caller.isAuthenticated() || TRUST.isAnonymous(caller)) {
            return new AuthorizationDecision(false);
        }
        Scope scope = scopes.of(caller);
        HttpServletRequest request = context.getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (AccessRule rule : rules) {
            Map<String, String> variables = rule.match(request, path);
            if (variables != null) {
                return decision(rule.check().decide(scope, new AccessRequest(request, variables)));
            }
        }
        return new AuthorizationDecision(!path.startsWith("/api/") || scope.isAdmin() || !isEndpoint(request, path));
    }

    /** Whether a controller maps this method and path (and so needs a rule). */
    private boolean isEndpoint(HttpServletRequest request, String path) {
        if (endpoints == null) {
            RequestMappingHandlerMapping mapping = handlers.getIfAvailable();
            endpoints = mapping == null
                    ? List.of()
                    : List.copyOf(mapping.getHandlerMethods().keySet());
        }
        PathContainer container = PathContainer.parsePath(path);
        String method = "HEAD".equalsIgnoreCase(request.getMethod()) ? "GET" : request.getMethod();
        return endpoints.stream()
                .anyMatch(info -> info.getPathPatternsCondition() != null
                        && info.getPathPatternsCondition().getPatterns().stream()
                                .anyMatch(p -> p.matches(container))
                        && (info.getMethodsCondition().getMethods().isEmpty()
                                || info.getMethodsCondition().getMethods().stream()
                                        .anyMatch(m -> m.name().equalsIgnoreCase(method))));
    }

    private static AuthorizationDecision decision(Verdict verdict) {
        if (verdict instanceof Verdict.Hidden hidden) {
            return new HiddenDecision(hidden.code(), hidden.detail());
        }
        return new AuthorizationDecision(verdict instanceof Verdict.Allowed);
    }
}

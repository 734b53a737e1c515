package com.migrainecare.booking.access;

import static com.migrainecare.platform.access.AccessRule.get;
import static com.migrainecare.platform.access.AccessRule.post;

import com.migrainecare.platform.access.AccessRule;
import com.migrainecare.platform.access.PathRules;
import com.migrainecare.platform.access.Verdict;
import com.migrainecare.platform.security.Role;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code /api/locations/**}, {@code /api/therapists/**} and {@code /api/availability}: the chain is readable by
 * every login (it holds no personal data); admins set up locations, admins and managers therapists and time off,
 * and a shift is added by a manager of its location.
 */
@Component
class ChainRules implements PathRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                post("/api/locations", (scope, request) -> Verdict.allowIf(scope.isAdmin())),
                get("/api/locations", AccessRule.anyone()),
                get("/api/locations/{id}", AccessRule.anyone()),
                post(
                        "/api/therapists",
                        (scope, request) -> Verdict.allowIf(scope.isAdmin() || scope.has(Role.MANAGER))),
                get("/api/therapists", AccessRule.anyone()),
                get("/api/therapists/{id}", AccessRule.anyone()),
                post(
                        "/api/therapists/{id}/shifts",
                        (scope, request) -> Verdict.allowIf(scope.manages(request.bodyField("locationId")))),
                post(
                        "/api/therapists/{id}/time-off",
                        (scope, request) -> Verdict.allowIf(scope.isAdmin() || scope.has(Role.MANAGER))),
                get("/api/availability", AccessRule.anyone()));
    }
}

package com.migrainecare.notification.access;

import static com.migrainecare.platform.access.AccessRule.get;

import com.migrainecare.platform.access.AccessRule;
import com.migrainecare.platform.access.PathRules;
import com.migrainecare.platform.access.Scope;
import com.migrainecare.platform.access.Verdict;
import com.migrainecare.platform.security.Role;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code /api/reminders}, {@code /api/deliveries} and {@code /api/watched-sessions/**}: admins and managers of every
 * location see everybody's, a client their own (the lists are narrowed by their queries). Reminders and deliveries
 * do not say where the session is, so staff bound to some locations are refused here rather than shown a guess.
 */
@Component
class NotificationRules implements PathRules {

    @Override
    public List<AccessRule> rules() {
        AccessRule.Check ownOrEverybodys = (scope, request) -> Verdict.allowIf(
                wholeChain(scope) || (scope.has(Role.CLIENT) && scope.links().clientId() != null));
        return List.of(
                get("/api/reminders", ownOrEverybodys),
                get("/api/deliveries", ownOrEverybodys),
                get("/api/watched-sessions/{bookingId}", (scope, request) -> Verdict.allowIf(wholeChain(scope))));
    }

    private static boolean wholeChain(Scope scope) {
        return scope.isAdmin() || (scope.has(Role.MANAGER) && scope.seesEveryLocation());
    }
}

package com.migrainecare.booking.access;

import static com.migrainecare.platform.access.AccessRule.delete;
import static com.migrainecare.platform.access.AccessRule.get;
import static com.migrainecare.platform.access.AccessRule.post;
import static com.migrainecare.platform.access.AccessRule.put;

import com.migrainecare.kernel.ids.CarePlanId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.platform.access.AccessRequest;
import com.migrainecare.platform.access.AccessRule;
import com.migrainecare.platform.access.PathRules;
import com.migrainecare.platform.access.Scope;
import com.migrainecare.platform.access.Verdict;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code /api/clients/**}: staff register clients; the record (intake included) is read by those
 * {@link ClientReach} lets read, and does not exist for anybody else; the client and the staff who reach them
 * record the intake, plans, stress periods and diary; clearances are recorded by staff.
 */
@Component
class ClientRules implements PathRules {

    private final ClientReach reach;

    ClientRules(ClientReach reach) {
        this.reach = reach;
    }

    @Override
    public List<AccessRule> rules() {
        return List.of(
                post("/api/clients", (scope, request) -> Verdict.allowIf(scope.isStaff())),
                get("/api/clients/{id}", (scope, request) -> readClient(scope, request.variable("id"))),
                put("/api/clients/{id}/intake", (scope, request) -> clientOrStaff(scope, request.variable("id"))),
                put("/api/clients/{id}/reminders", (scope, request) -> clientOrStaff(scope, request.variable("id"))),
                post("/api/clients/{id}/clearances", (scope, request) -> staff(scope, request.variable("id"))),
                get("/api/clients/{clientId}/care-plan", this::readPlan),
                post("/api/clients/{clientId}/care-plan/recommendation", this::changePlan),
                post("/api/clients/{clientId}/care-plan/accept", this::acceptPlan),
                post("/api/clients/{clientId}/care-plan/end", this::changePlan),
                post("/api/clients/{clientId}/stress-periods", this::changePlan),
                post("/api/clients/{clientId}/headache-log", this::changePlan),
                post("/api/clients/{clientId}/care-plan/proposals/{bookingId}/accept", this::changePlan),
                post("/api/clients/{clientId}/care-plan/proposals/{bookingId}/decline", this::changePlan),
                delete("/api/clients/{id}/personal-data", (scope, request) -> Verdict.allowIf(scope.isAdmin())));
    }

    private Verdict readClient(Scope scope, String clientId) {
        return Whereabouts.malformed(clientId, ClientId::new) || reach.canRead(scope, clientId)
                ? Verdict.ALLOW
                : Verdict.hidden("CLIENT_NOT_FOUND", "no such client: " + clientId);
    }

    private Verdict readPlan(Scope scope, AccessRequest request) {
        String clientId = request.variable("clientId");
        if (Whereabouts.malformed(clientId, ClientId::new) || reach.canRead(scope, clientId)) {
            return Verdict.ALLOW;
        }
        return Verdict.hidden("CARE_PLAN_NOT_FOUND", "no such resource: " + planId(clientId));
    }

    private Verdict changePlan(Scope scope, AccessRequest request) {
        return clientOrStaff(scope, request.variable("clientId"));
    }

    /** Accepting books sessions: staff must also work at the location the plan books at. */
    private Verdict acceptPlan(Scope scope, AccessRequest request) {
        String clientId = request.variable("clientId");
        if (scope.isClient(clientId)) {
            return Verdict.ALLOW;
        }
        return Verdict.allowIf(reach.staffMayWrite(scope, clientId) && scope.worksAt(request.bodyField("locationId")));
    }

    private Verdict clientOrStaff(Scope scope, String clientId) {
        return Verdict.allowIf(Whereabouts.malformed(clientId, ClientId::new)
                || scope.isClient(clientId)
                || reach.staffMayWrite(scope, clientId));
    }

    private Verdict staff(Scope scope, String clientId) {
        return Verdict.allowIf(Whereabouts.malformed(clientId, ClientId::new) || reach.staffMayWrite(scope, clientId));
    }

    /** The plan's id as the not-found answer of an unknown client names it. */
    private static String planId(String clientId) {
        try {
            return CarePlanId.of(new ClientId(clientId)).value();
        } catch (IllegalArgumentException malformed) {
            return clientId;
        }
    }
}

package com.migrainecare.booking.access;

import static com.migrainecare.platform.access.AccessRule.delete;
import static com.migrainecare.platform.access.AccessRule.get;
import static com.migrainecare.platform.access.AccessRule.post;

import com.migrainecare.booking.waitlist.WaitlistParties;
import com.migrainecare.kernel.ids.WaitlistEntryId;
import com.migrainecare.platform.access.AccessRequest;
import com.migrainecare.platform.access.AccessRule;
import com.migrainecare.platform.access.PathRules;
import com.migrainecare.platform.access.Scope;
import com.migrainecare.platform.access.Verdict;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code /api/waitlist/**}: a client puts themselves on the list, sees, leaves and answers the offers of their own
 * entries; staff do the same for the clients they reach and the locations they work at. Another client's entry
 * does not exist for anybody else.
 */
@Component
class WaitlistRules implements PathRules {

    private final WaitlistParties parties;
    private final ClientReach reach;

    WaitlistRules(WaitlistParties parties, ClientReach reach) {
        this.parties = parties;
        this.reach = reach;
    }

    @Override
    public List<AccessRule> rules() {
        return List.of(
                post("/api/waitlist", this::join),
                get("/api/waitlist", this::list),
                get("/api/waitlist/{id}", this::entry),
                post("/api/waitlist/{id}/leave", this::entry),
                delete("/api/waitlist/{id}", this::entry),
                post("/api/waitlist/{id}/offer/accept", this::entry),
                post("/api/waitlist/{id}/offer/decline", this::entry));
    }

    private Verdict join(Scope scope, AccessRequest request) {
        String clientId = request.bodyField("clientId");
        return Verdict.allowIf(clientId == null || scope.isClient(clientId) || reach.staffMayWrite(scope, clientId));
    }

    /** Staff list what they reach through the filters they give; a client only their own entries. */
    private Verdict list(Scope scope, AccessRequest request) {
        String clientId = request.param("clientId");
        return Verdict.allowIf(scope.isStaff() || (clientId != null && scope.isClient(clientId)));
    }

    private Verdict entry(Scope scope, AccessRequest request) {
        String id = request.variable("id");
        if (Whereabouts.malformed(id, WaitlistEntryId::new)) {
            return Verdict.ALLOW;
        }
        boolean reaches = parties.of(id)
                .map(entry -> scope.isClient(entry.clientId())
                        || (reach.staffMayWrite(scope, entry.clientId())
                                && entry.locationIds().stream().anyMatch(scope::worksAt)))
                .orElse(scope.seesEveryLocation());
        return reaches ? Verdict.ALLOW : Verdict.hidden("WAITLIST_ENTRY_NOT_FOUND", "no such waitlist entry: " + id);
    }
}

package com.migrainecare.booking.access;

import static com.migrainecare.platform.access.AccessRule.delete;
import static com.migrainecare.platform.access.AccessRule.get;
import static com.migrainecare.platform.access.AccessRule.post;

import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.platform.access.AccessRequest;
import com.migrainecare.platform.access.AccessRule;
import com.migrainecare.platform.access.PathRules;
import com.migrainecare.platform.access.Scope;
import com.migrainecare.platform.access.Verdict;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The calendar feeds: a therapist's for the therapist and staff, a client's for the client and those who reach
 * the client (for anybody else it does not exist); everybody manages their own secret link. The feed behind a
 * secret link needs no login and so no rule: the link is its credential.
 */
@Component
class CalendarRules implements PathRules {

    private final ClientReach reach;

    CalendarRules(ClientReach reach) {
        this.reach = reach;
    }

    @Override
    public List<AccessRule> rules() {
        return List.of(
                get("/api/therapists/{id}/calendar.ics", this::therapistCalendar),
                get("/api/clients/{id}/calendar.ics", this::clientCalendar),
                post("/api/me/calendar-link", AccessRule.anyone()),
                delete("/api/me/calendar-link", AccessRule.anyone()));
    }

    private Verdict therapistCalendar(Scope scope, AccessRequest request) {
        String id = request.variable("id");
        return Whereabouts.malformed(id, TherapistId::new) || scope.isStaff() || scope.isTherapist(id)
                ? Verdict.ALLOW
                : Verdict.hidden("THERAPIST_NOT_FOUND", "no such therapist: " + id);
    }

    private Verdict clientCalendar(Scope scope, AccessRequest request) {
        String id = request.variable("id");
        return Whereabouts.malformed(id, ClientId::new) || reach.canRead(scope, id)
                ? Verdict.ALLOW
                : Verdict.hidden("CLIENT_NOT_FOUND", "no such client: " + id);
    }
}

package com.migrainecare.booking.calendar;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.ids.Ids;
import com.migrainecare.platform.security.Actors;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Calendar feeds over HTTP: a therapist's or a client's sessions with credentials, the caller's own through a
 * secret link ({@code POST /api/me/calendar-link} issues or rotates it, {@code DELETE} ends it).
 */
@RestController
public class CalendarController {

    static final String FEED_BY_LINK = "/api/calendar-feeds/{token}/calendar.ics";
    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;
    private final CalendarLinks links;
    private final CalendarAccessPolicy access;

    public CalendarController(CalendarFeeds feeds, CalendarLinks links, CalendarAccessPolicy access) {
        this.feeds = feeds;
        this.links = links;
        this.access = access;
    }

    /** The secret link of the caller's calendar, shown once. */
    public record CalendarLinkResponse(String url, String calendar, String ownerId, Instant issuedAt) {}

    @GetMapping("/api/therapists/{id}/calendar.ics")
    ResponseEntity<String> therapistCalendar(@PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id) {
        return feed(CalendarOwner.therapist(id));
    }

    @GetMapping("/api/clients/{id}/calendar.ics")
    ResponseEntity<String> clientCalendar(@PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id) {
        return feed(CalendarOwner.client(id));
    }

    /** Issues a new secret link for the caller's own calendar; the previous one answers 404 from now on. */
    @PostMapping("/api/me/calendar-link")
    CalendarLinkResponse rotateLink() {
        CalendarOwner owner = access.requireOwnCalendar();
        CalendarLinks.Issued issued = links.issue(Actors.current(), owner);
        String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(FEED_BY_LINK)
                .buildAndExpand(issued.token())
                .toUriString();
        return new CalendarLinkResponse(url, owner.kind().name(), owner.id(), issued.issuedAt());
    }

    /** Ends the caller's secret link, if there is one. */
    @DeleteMapping("/api/me/calendar-link")
    ResponseEntity<Void> revokeLink() {
        links.revoke(Actors.current());
        return ResponseEntity.noContent().build();
    }

    /** The feed behind a secret link; the link is the credential, so no login is asked for. */
    @GetMapping(FEED_BY_LINK)
    @SecurityRequirements
    ResponseEntity<String> linkedCalendar(
            // a token of any other shape is no link either: it answers what an unknown one does
            @PathVariable @Size(max = 64) String token) {
        CalendarOwner owner = links.find(token)
                .orElseThrow(() -> new RuleViolation(ErrorCode.CALENDAR_LINK_NOT_FOUND, "no such calendar link"));
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).body(feeds.feedOf(owner));
    }

    private ResponseEntity<String> feed(CalendarOwner owner) {
        access.requireFor(owner);
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).body(feeds.feedOf(owner));
    }
}

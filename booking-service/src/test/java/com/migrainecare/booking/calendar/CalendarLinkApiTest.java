package com.migrainecare.booking.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrainecare.kernel.client.ClientCommand.RegisterClient;
import com.migrainecare.kernel.client.ReminderPreferences;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.platform.axon.Commands;
import java.time.DayOfWeek;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Who reads which calendar with credentials, and secret links: issued to their owner, rotated, revoked. */
class CalendarLinkApiTest extends CalendarFeedSupport {

    private static final String LINK = "/api/me/calendar-link";

    @Autowired
    private Commands commands;

    @Autowired
    private CalendarLinks links;

    /** The linked client exists once per context; registering it again is refused, which is fine. */
    @BeforeEach
    void registerLinkedClient() {
        try {
            commands.send(new RegisterClient(
                    new ClientId(LINKED_CLIENT), "Linked", null, null, null, null, ReminderPreferences.DEFAULT));
        } catch (RuntimeException alreadyThere) {
            assertThat(alreadyThere).hasMessageContaining(LINKED_CLIENT);
        }
    }

    @Test
    void rotatingTheLinkEndsTheOldOneAtOnce() {
        Chain chain = chain("America/Chicago");
        String start =
                comingWeekday(DayOfWeek.MONDAY, "America/Chicago").atTime(10, 0).toString();
        String bookingId = created(
                        call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, LINKED_CLIENT, start)))
                .get("id")
                .toString();

        String first = issue();
        eventually(() -> {
            ResponseEntity<String> feed = ics(null, first);
            assertThat(feed.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(tzid(event(feed.getBody(), bookingId))).isEqualTo("America/Chicago");
        });

        String second = issue();
        assertThat(second).isNotEqualTo(first);
        assertProblem(asMap(first), 404, "CALENDAR_LINK_NOT_FOUND");
        assertThat(ics(null, second).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(call(HttpMethod.DELETE, "calendar-client", LINK, null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertProblem(asMap(second), 404, "CALENDAR_LINK_NOT_FOUND");
    }

    @Test
    void linkTokensAreKeptOnlyAsHashes() {
        String url = issue();
        String token = url.replaceAll(".*/calendar-feeds/([^/]+)/calendar.ics", "$1");
        assertThat(token).matches(CalendarLinks.TOKEN);
        assertThat(links.find(token)).contains(CalendarOwner.client(LINKED_CLIENT));
        assertThat(CalendarLinks.hash(token)).hasSize(64).doesNotContain(token);
        assertProblem(asMap("/api/calendar-feeds/" + "A".repeat(43) + "/calendar.ics"), 404, "CALENDAR_LINK_NOT_FOUND");
    }

    @Test
    void clientsAndTherapistsReadOnlyTheirOwnCalendar() {
        assertThat(ics("calendar-client", "/api/clients/" + LINKED_CLIENT + "/calendar.ics")
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        String other = client();
        assertProblem(
                call(HttpMethod.GET, "calendar-client", "/api/clients/" + other + "/calendar.ics", null),
                404,
                "CLIENT_NOT_FOUND");
        String otherTherapist = chain("Australia/Sydney").therapist();
        assertProblem(
                call(HttpMethod.GET, "calendar-therapist", "/api/therapists/" + otherTherapist + "/calendar.ics", null),
                404,
                "THERAPIST_NOT_FOUND");
        assertThat(ics("manager", "/api/therapists/" + otherTherapist + "/calendar.ics")
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(ics(null, "/api/clients/" + other + "/calendar.ics").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void staffWithoutAPersonOfTheirOwnGetNoLink() {
        assertProblem(call(HttpMethod.POST, "desk", LINK, null), 422, "NO_CALENDAR_FOR_USER");
    }

    private String issue() {
        ResponseEntity<Map<String, Object>> issued = call(HttpMethod.POST, "calendar-client", LINK, null);
        assertThat(issued.getStatusCode()).as("body: %s", issued.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(issued.getBody()).containsEntry("calendar", "CLIENT").containsEntry("ownerId", LINKED_CLIENT);
        String url = issued.getBody().get("url").toString();
        assertThat(url).startsWith("http://").contains("/api/calendar-feeds/");
        return url.replaceFirst("^http://[^/]+", "");
    }

    private ResponseEntity<Map<String, Object>> asMap(String path) {
        return rest.exchange(path, HttpMethod.GET, null, JSON);
    }
}

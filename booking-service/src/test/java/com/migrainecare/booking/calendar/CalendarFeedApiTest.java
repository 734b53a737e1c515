package com.migrainecare.booking.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A therapist's feed: wall-clock times across DST, stable UIDs, growing SEQUENCE, cancellations, no health data. */
class CalendarFeedApiTest extends CalendarFeedSupport {

    private static final String BERLIN = "Europe/Berlin";

    @Test
    void sessionsKeepTheLocationsWallClockTimeAcrossBothDstChanges() {
        Chain chain = chain(BERLIN);
        List<Map<String, Object>> booked = new java.util.ArrayList<>();
        for (boolean gap : List.of(true, false)) {
            ZoneOffsetTransition change = nextTransition(BERLIN, gap, java.time.Duration.ofDays(14));
            for (int weeks : List.of(-1, 1)) {
                String start = change.getDateTimeBefore()
                        .toLocalDate()
                        .plusWeeks(weeks)
                        .atTime(10, 0)
                        .toString();
                booked.add(
                        created(call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, client(), start))));
            }
        }
        String feed = eventuallyFeedWith("desk", "/api/therapists/" + chain.therapist() + "/calendar.ics", booked);
        Calendar calendar = parse(feed);
        assertThat(calendar.<net.fortuna.ical4j.model.component.CalendarComponent>getComponents("VTIMEZONE"))
                .extracting(zone ->
                        zone.<Property>getProperty(Property.TZID).orElseThrow().getValue())
                .containsExactly(BERLIN);
        for (Map<String, Object> booking : booked) {
            VEvent event = event(feed, booking.get("id").toString());
            assertThat(tzid(event)).isEqualTo(BERLIN);
            assertThat(value(event, Property.DTSTART)).endsWith("T100000");
            assertThat(start(event).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
            assertThat(start(event).toInstant()).isEqualTo(instant(booking, "start"));
            assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        }
        // the offsets differ on each side of a change: the same 10:00 is a different UTC hour
        assertThat(booked.stream()
                        .map(b -> instant(b, "start").atZone(ZoneId.of("UTC")).getHour()))
                .containsExactly(9, 8, 8, 9);
    }

    @Test
    void aMovedSessionKeepsItsUidAndBumpsItsSequence() {
        Chain chain = chain(BERLIN);
        String path = "/api/therapists/" + chain.therapist() + "/calendar.ics";
        LocalDateTime day = comingWeekday(java.time.DayOfWeek.TUESDAY, BERLIN).atTime(11, 0);
        Map<String, Object> booking = created(
                call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, chain.client(), day.toString())));
        String id = booking.get("id").toString();
        VEvent before = event(eventuallyFeedWith("desk", path, List.of(booking)), id);

        ResponseEntity<Map<String, Object>> moved = call(
                HttpMethod.POST,
                "desk",
                "/api/bookings/" + id + "/reschedule",
                Map.of("start", day.plusHours(2).toString()));
        assertThat(moved.getStatusCode()).as("body: %s", moved.getBody()).isEqualTo(HttpStatus.OK);

        eventually(() -> {
            VEvent after = event(ics("desk", path).getBody(), id);
            assertThat(Integer.parseInt(value(after, Property.SEQUENCE)))
                    .isGreaterThan(Integer.parseInt(value(before, Property.SEQUENCE)));
            assertThat(start(after).toLocalTime()).isEqualTo(LocalTime.of(13, 0));
        });
    }

    @Test
    void aCancelledSessionStaysInTheFeedAsCancelled() {
        Chain chain = chain(BERLIN);
        String path = "/api/therapists/" + chain.therapist() + "/calendar.ics";
        LocalDateTime day = comingWeekday(java.time.DayOfWeek.WEDNESDAY, BERLIN).atTime(9, 0);
        Map<String, Object> booking = created(
                call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, chain.client(), day.toString())));
        String id = booking.get("id").toString();
        ResponseEntity<Map<String, Object>> cancelled =
                call(HttpMethod.POST, "desk", "/api/bookings/" + id + "/cancel", Map.of("reason", "migraine attack"));
        assertThat(cancelled.getStatusCode())
                .as("body: %s", cancelled.getBody())
                .isEqualTo(HttpStatus.OK);

        eventually(() -> {
            String feed = ics("desk", path).getBody();
            assertThat(value(event(feed, id), Property.STATUS)).isEqualTo("CANCELLED");
            // the reason of the cancellation is health data: it never reaches a feed
            assertThat(feed).doesNotContainIgnoringCase("migraine attack");
        });
    }

    @Test
    void aFeedNamesTheServiceAndThePlaceButNoHealthData() {
        Chain chain = chain(BERLIN);
        intake(chain.client(), 12, 6, List.of("NECK"), List.of());
        LocalDateTime day = comingWeekday(java.time.DayOfWeek.THURSDAY, BERLIN).atTime(15, 0);
        Map<String, Object> booking = created(
                call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, chain.client(), day.toString())));
        String feed = eventuallyFeedWith("desk", "/api/clients/" + chain.client() + "/calendar.ics", List.of(booking));
        VEvent event = event(feed, booking.get("id").toString());
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Trigger point massage with Therapist");
        assertThat(value(event, Property.LOCATION)).isEqualTo("Clinic " + BERLIN + ", " + "Room A");
        assertThat(feed).doesNotContain("NECK", "STRESS", "Client");
    }

    private String eventuallyFeedWith(String user, String path, List<Map<String, Object>> bookings) {
        String[] feed = new String[1];
        eventually(() -> {
            ResponseEntity<String> response = ics(user, path);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(response.getHeaders().getContentType().toString()).startsWith("text/calendar");
            for (Map<String, Object> booking : bookings) {
                assertThat(events(parse(response.getBody()), booking.get("id").toString()))
                        .hasSize(1);
            }
            feed[0] = response.getBody();
        });
        return feed[0];
    }
}

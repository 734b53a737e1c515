package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A slot held for a waitlist offer is in the claims table only (its session was cancelled, so the busy days are
 * free): the availability search must still offer it to nobody while the hold lasts. The offer itself takes it
 * up; once the session that took it is cancelled and nobody else waits, the search offers it again.
 */
class HeldSlotAvailabilityApiTest extends WaitlistApiSupport {

    @Autowired
    private MongoTemplate mongo;

    @Test
    void availabilityDoesNotOfferTimeHeldForAWaitlistOffer() {
        Chain chain = chain(BERLIN);
        LocalDate day = comingWeekday(DayOfWeek.THURSDAY, BERLIN);
        String booking = created(call(
                        HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, chain.client(), day + "T10:00")))
                .get("id")
                .toString();
        String waiting = client();
        String entry = join(waiting, chain.location(), day);
        eventually(() -> assertThat(entry(entry)).containsEntry("status", "WAITING"));
        String query = "/api/availability?technique=TRIGGER_POINT&from=" + day + "T09:00&to=" + day
                + "T12:00&duration=PT45M&therapistId=" + chain.therapist() + "&locationId=" + chain.location();
        eventually(() -> assertThat(startTimes(query)).doesNotContain("10:00"));

        cancel(booking);
        eventually(() -> assertThat(entry(entry)).containsEntry("status", "OFFERED"));
        // the busy days have forgotten the cancelled session: only the hold can keep 10:00 from the search
        eventually(() -> assertThat(busyEntries(chain.therapist(), day)).noneMatch(key -> key.startsWith(booking)));
        assertThat(startTimes(query))
                .as("nothing that overlaps the held 10:00-10:45")
                .doesNotContain("09:30", "09:45", "10:00", "10:15", "10:30");

        ResponseEntity<Map<String, Object>> accepted =
                call(HttpMethod.POST, "desk", "/api/waitlist/" + entry + "/offer/accept", Map.of("reason", "yes"));
        assertThat(accepted.getStatusCode()).as("body: %s", accepted.getBody()).isEqualTo(HttpStatus.CREATED);
        String taken = accepted.getBody().get("bookingId").toString();
        eventually(() -> assertThat(call(HttpMethod.GET, "desk", "/api/bookings/" + taken, null)
                        .getBody())
                .containsEntry("status", "CONFIRMED"));
        assertThat(startTimes(query)).doesNotContain("10:00");

        cancel(taken);
        eventually(() ->
                assertThat(startTimes(query)).as("freed, and nobody waits").contains("10:00"));
    }

    /** The therapist's busy entries on the (UTC) day, as the availability search reads them. */
    private List<String> busyEntries(String therapist, LocalDate day) {
        Document days = mongo.findById(therapist + ":" + day, Document.class, "therapist_days");
        return days == null || days.get("busy") == null
                ? List.of()
                : List.copyOf(((Document) days.get("busy")).keySet());
    }

    private List<String> startTimes(String query) {
        ResponseEntity<List<Map<String, Object>>> slots = getList("desk", query);
        assertThat(slots.getStatusCode()).as("body: %s", slots.getBody()).isEqualTo(HttpStatus.OK);
        return slots.getBody().stream()
                .map(slot -> OffsetDateTime.parse(slot.get("start").toString())
                        .toLocalTime()
                        .toString())
                .toList();
    }

    private void cancel(String booking) {
        ResponseEntity<Map<String, Object>> cancelled =
                call(HttpMethod.POST, "desk", "/api/bookings/" + booking + "/cancel", Map.of("reason", "ill"));
        assertThat(cancelled.getStatusCode())
                .as("body: %s", cancelled.getBody())
                .isEqualTo(HttpStatus.OK);
    }
}

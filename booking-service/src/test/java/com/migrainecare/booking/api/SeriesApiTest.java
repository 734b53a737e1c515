package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * Recurring series over HTTP: each occurrence booked through the booking desk, conflicts with alternatives, the
 * 48-hour rule, wall-clock times across DST changes, and moves and cancellations by scope.
 */
@SuppressWarnings("unchecked")
class SeriesApiTest extends ApiTestSupport {

    private static final String BERLIN = "Europe/Berlin";

    @Test
    void aConflictingOccurrenceGetsAlternativesAndTheOthersAreBooked() {
        Chain chain = chain(BERLIN);
        String colleague = therapist(chain.location());
        LocalDate monday = comingWeekday(DayOfWeek.MONDAY, BERLIN);
        created(call(
                HttpMethod.POST,
                "desk",
                "/api/bookings",
                bookingBody(chain, client(), monday.plusWeeks(1) + "T10:00")));
        // the alternatives come from the availability search, which follows the bookings and shifts a moment later
        eventually(() -> assertThat(getList(
                                "desk",
                                "/api/availability?technique=TRIGGER_POINT&duration=PT45M&locationId="
                                        + chain.location()
                                        + "&from=" + monday.plusWeeks(1) + "T10:00&to=" + monday.plusWeeks(1)
                                        + "T10:45")
                        .getBody())
                .extracting(slot -> slot.get("therapistId"))
                .containsExactly(colleague));

        Map<String, Object> series =
                created(call(HttpMethod.POST, "desk", "/api/series", seriesBody(chain, monday + "T10:00", 3)));

        List<Map<String, Object>> bookings = (List<Map<String, Object>>) series.get("bookings");
        List<Map<String, Object>> conflicts = (List<Map<String, Object>>) series.get("conflicts");
        assertThat(bookings)
                .extracting(b -> b.get("start").toString().substring(0, 16))
                .containsExactly(monday + "T10:00", monday.plusWeeks(2) + "T10:00");
        assertThat(conflicts).hasSize(1);
        Map<String, Object> conflict = conflicts.get(0);
        assertThat(conflict).containsEntry("index", 1).containsEntry("code", "THERAPIST_UNAVAILABLE");
        List<Map<String, Object>> alternatives = (List<Map<String, Object>>) conflict.get("alternatives");
        // the nearest free times with the same therapist: right before the other session, and right after it
        assertThat(alternatives)
                .filteredOn(a -> a.get("kind").equals("SAME_THERAPIST"))
                .allSatisfy(a -> assertThat(a).containsEntry("therapistId", chain.therapist()))
                .extracting(a -> a.get("start").toString().substring(0, 16))
                .containsExactlyInAnyOrder(monday.plusWeeks(1) + "T09:15", monday.plusWeeks(1) + "T10:45");
        Map<String, Object> colleagues = alternatives.stream()
                .filter(a -> a.get("kind").equals("OTHER_THERAPIST"))
                .findFirst()
                .orElseThrow();
        assertThat(colleagues).containsEntry("therapistId", colleague);
        assertThat(colleagues.get("start").toString()).startsWith(monday.plusWeeks(1) + "T10:00");

        Map<String, Object> read = call(HttpMethod.GET, "desk", "/api/series/" + series.get("id"), null)
                .getBody();
        assertThat((List<Map<String, Object>>) read.get("occurrences"))
                .extracting(o -> o.get("status"))
                .containsExactly("BOOKED", "CONFLICT", "BOOKED");
    }

    @Test
    void twoSessionsOfOneClientAreAtLeast48HoursApart() {
        Chain chain = chain(BERLIN);
        LocalDate monday = comingWeekday(DayOfWeek.MONDAY, BERLIN);
        // the client already comes on Tuesday: Monday is a day before it, Thursday two days after it
        created(call(
                HttpMethod.POST,
                "desk",
                "/api/bookings",
                bookingBody(chain, chain.client(), monday.plusDays(1) + "T10:00")));
        Map<String, Object> body = new HashMap<>(seriesBody(chain, monday + "T10:00", 2));
        body.remove("every");
        body.put("sessionsPerWeek", 2);
        Map<String, Object> series = created(call(HttpMethod.POST, "desk", "/api/series", body));
        assertThat((List<Map<String, Object>>) series.get("conflicts"))
                .singleElement()
                .satisfies(c ->
                        assertThat(c).containsEntry("index", 0).containsEntry("code", "CLIENT_SESSIONS_TOO_CLOSE"));
        assertThat((List<Map<String, Object>>) series.get("bookings"))
                .singleElement()
                .satisfies(b -> assertThat(b.get("start").toString()).startsWith(monday.plusDays(3) + "T10:00"));
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/series", withWeekdays(body, List.of("MONDAY", "TUESDAY"))),
                400,
                "INVALID_REQUEST");
    }

    @Test
    void movesAndCancelsByScopeAndReportsEachOccurrence() {
        Chain chain = chain(BERLIN);
        LocalDate monday = comingWeekday(DayOfWeek.MONDAY, BERLIN);
        Map<String, Object> series =
                created(call(HttpMethod.POST, "desk", "/api/series", seriesBody(chain, monday + "T10:00", 4)));
        String path = "/api/series/" + series.get("id");
        List<String> starts = ((List<Map<String, Object>>) series.get("bookings"))
                .stream().map(b -> b.get("start").toString()).toList();

        List<Map<String, Object>> moved = occurrences(call(
                HttpMethod.POST,
                "desk",
                path + "/reschedule",
                Map.of(
                        "scope",
                        "THIS",
                        "occurrenceStart",
                        starts.get(1),
                        "start",
                        monday.plusWeeks(1).plusDays(1) + "T11:00")));
        assertThat(moved).singleElement().satisfies(o -> assertThat(o).containsEntry("status", "RESCHEDULED"));
        assertThat(((Map<String, Object>) moved.get(0).get("booking"))
                        .get("start")
                        .toString())
                .startsWith(monday.plusWeeks(1).plusDays(1) + "T11:00");

        // another client takes the last Monday at 12:00: moving the third and fourth by two hours fails only there
        created(call(
                HttpMethod.POST,
                "desk",
                "/api/bookings",
                bookingBody(chain, client(), monday.plusWeeks(3) + "T12:00")));
        List<Map<String, Object>> following = occurrences(call(
                HttpMethod.POST,
                "desk",
                path + "/reschedule",
                Map.of(
                        "scope",
                        "THIS_AND_FOLLOWING",
                        "occurrenceStart",
                        starts.get(2),
                        "start",
                        monday.plusWeeks(2) + "T12:00")));
        assertThat(following).extracting(o -> o.get("status")).containsExactly("RESCHEDULED", "FAILED");
        assertThat(following.get(1))
                .containsEntry("code", "THERAPIST_UNAVAILABLE")
                .containsEntry("index", 3);

        assertThat(occurrences(call(
                        HttpMethod.POST,
                        "desk",
                        path + "/cancel",
                        Map.of("scope", "THIS", "occurrenceStart", starts.get(0)))))
                .singleElement()
                .satisfies(o -> assertThat(o).containsEntry("status", "CANCELLED"));
        assertThat(occurrences(call(
                        HttpMethod.POST, "desk", path + "/cancel", Map.of("scope", "ALL", "reason", "moving away"))))
                .extracting(o -> o.get("index"))
                .containsExactly(1, 2, 3);
        Map<String, Object> read = call(HttpMethod.GET, "desk", path, null).getBody();
        assertThat((List<Map<String, Object>>) read.get("occurrences"))
                .extracting(o -> o.get("status"))
                .containsOnly("CANCELLED");
        assertProblem(
                call(HttpMethod.POST, "desk", path + "/cancel", Map.of("scope", "ALL")), 404, "OCCURRENCE_NOT_FOUND");
    }

    @Test
    void aRetriedSeriesWithTheSameKeyIsScheduledOnce() {
        Chain chain = chain(BERLIN);
        LocalDate monday = comingWeekday(DayOfWeek.MONDAY, BERLIN);
        org.springframework.http.HttpHeaders key = new org.springframework.http.HttpHeaders();
        key.set("Idempotency-Key", "series-" + chain.client());
        Map<String, Object> body = seriesBody(chain, monday + "T10:00", 2);
        Map<String, Object> first = created(call(HttpMethod.POST, "desk", "/api/series", body, key));
        org.springframework.http.HttpHeaders again = new org.springframework.http.HttpHeaders();
        again.set("Idempotency-Key", "series-" + chain.client());
        Map<String, Object> retried = created(call(HttpMethod.POST, "desk", "/api/series", body, again));
        assertThat(retried).isEqualTo(first);
        assertThat((List<Map<String, Object>>) first.get("conflicts")).isEmpty();
    }

    @Test
    void badInputIsA400AndUnknownSeriesA404() {
        Chain chain = chain(BERLIN);
        LocalDate monday = comingWeekday(DayOfWeek.MONDAY, BERLIN);
        Map<String, Object> both = new HashMap<>(seriesBody(chain, monday + "T10:00", 2));
        both.put("sessionsPerWeek", 2);
        assertProblem(call(HttpMethod.POST, "desk", "/api/series", both), 400, "INVALID_REQUEST");
        Map<String, Object> stranger = new HashMap<>(seriesBody(chain, monday + "T10:00", 2));
        stranger.put("therapistId", "no-such-therapist");
        assertProblem(call(HttpMethod.POST, "desk", "/api/series", stranger), 404, "THERAPIST_NOT_FOUND");
        Map<String, Object> days = new HashMap<>(seriesBody(chain, monday + "T10:00", 2));
        days.put("every", "P3D");
        assertProblem(call(HttpMethod.POST, "desk", "/api/series", days), 400, "INVALID_REQUEST");
        Map<String, Object> noEnd = new HashMap<>(seriesBody(chain, monday + "T10:00", 2));
        noEnd.remove("count");
        assertProblem(call(HttpMethod.POST, "desk", "/api/series", noEnd), 400, "INVALID_REQUEST");
        Map<String, Object> tooMany = new HashMap<>(seriesBody(chain, monday + "T10:00", 2));
        tooMany.put("count", 53);
        assertProblem(call(HttpMethod.POST, "desk", "/api/series", tooMany), 400, "VALIDATION_FAILED");
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/series", seriesBody(chain, "2020-01-06T10:00", 2)),
                422,
                "START_IN_PAST");
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/series/no-such-series/cancel", Map.of("scope", "ALL")),
                404,
                "SERIES_NOT_FOUND");
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/series/no-such-series/cancel", Map.of()), 400, "VALIDATION_FAILED");
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/series/x/cancel", Map.of("scope", "SOME")), 400, "INVALID_VALUE");
    }

    private static Map<String, Object> withWeekdays(Map<String, Object> body, List<String> weekdays) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put("weekdays", weekdays);
        return copy;
    }
}

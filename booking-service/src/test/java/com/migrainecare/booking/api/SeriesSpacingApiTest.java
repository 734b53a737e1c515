package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** DOMAIN.md's 48 hours between two sessions of a client hold for a moved occurrence as for a booked one. */
class SeriesSpacingApiTest extends ApiTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void cannotMoveOccurrenceWithin48HoursOfTheClientsOthers() {
        Chain chain = chain("Europe/Berlin");
        LocalDate monday = comingWeekday(DayOfWeek.MONDAY, "Europe/Berlin");
        Map<String, Object> series =
                created(call(HttpMethod.POST, "desk", "/api/series", seriesBody(chain, monday + "T10:00", 3)));
        String path = "/api/series/" + series.get("id") + "/reschedule";
        String second = ((List<Map<String, Object>>) series.get("bookings"))
                .get(1)
                .get("start")
                .toString();

        List<Map<String, Object>> tooClose = occurrences(call(
                HttpMethod.POST,
                "desk",
                path,
                Map.of("scope", "THIS", "occurrenceStart", second, "start", monday.plusDays(1) + "T10:00")));
        assertThat(tooClose).singleElement().satisfies(o -> assertThat(o)
                .containsEntry("status", "FAILED")
                .containsEntry("code", "CLIENT_SESSIONS_TOO_CLOSE"));

        List<Map<String, Object>> exactly48 = occurrences(call(
                HttpMethod.POST,
                "desk",
                path,
                Map.of("scope", "THIS", "occurrenceStart", second, "start", monday.plusDays(2) + "T10:00")));
        assertThat(exactly48).singleElement().satisfies(o -> assertThat(o).containsEntry("status", "RESCHEDULED"));
    }
}

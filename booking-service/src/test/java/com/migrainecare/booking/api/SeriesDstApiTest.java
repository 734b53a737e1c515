package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * Series across Berlin's next DST changes, found from the service's clock: occurrences keep their wall-clock time
 * both ways, and one in the spring-forward gap is a conflict offered the time the clocks land on.
 */
@SuppressWarnings("unchecked")
class SeriesDstApiTest extends ApiTestSupport {

    private static final String BERLIN = "Europe/Berlin";

    @Test
    void occurrencesKeepTheirWallClockTimeWhenTheClocksGoForwardAndBack() {
        Chain chain = chain(BERLIN);
        for (boolean gap : List.of(true, false)) {
            ZoneOffsetTransition change = nextTransition(BERLIN, gap, java.time.Duration.ofDays(8));
            LocalDate weekBefore = change.getDateTimeBefore().toLocalDate().minusWeeks(1);
            Map<String, Object> series =
                    created(call(HttpMethod.POST, "desk", "/api/series", seriesBody(chain, weekBefore + "T10:00", 2)));
            List<Map<String, Object>> bookings = (List<Map<String, Object>>) series.get("bookings");
            assertThat(bookings)
                    .extracting(b -> b.get("start"))
                    .containsExactly(
                            weekBefore + "T10:00:00" + change.getOffsetBefore(),
                            weekBefore.plusWeeks(1) + "T10:00:00" + change.getOffsetAfter());
        }
    }

    @Test
    void anOccurrenceInTheSpringForwardGapIsAConflictWithTheTimeTheClocksLandOn() {
        Chain chain = chain(BERLIN);
        String nightOwl = therapist(
                chain.location(),
                List.of("TRIGGER_POINT"),
                List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"),
                "00:00",
                "23:59");
        ZoneOffsetTransition spring = nextTransition(BERLIN, true, java.time.Duration.ofDays(8));
        LocalDateTime inGap = spring.getDateTimeBefore().plusMinutes(30);
        eventually(() -> assertThat(getList(
                                "desk",
                                "/api/availability?technique=TRIGGER_POINT&duration=PT45M&therapistId=" + nightOwl
                                        + "&from=" + inGap.minusWeeks(1) + "&to="
                                        + inGap.minusWeeks(1).plusHours(1))
                        .getBody())
                .isNotEmpty());
        Map<String, Object> body =
                new HashMap<>(seriesBody(chain, inGap.minusWeeks(1).toString(), 2));
        body.put("therapistId", nightOwl);
        Map<String, Object> series = created(call(HttpMethod.POST, "desk", "/api/series", body));
        assertThat((List<Map<String, Object>>) series.get("bookings")).hasSize(1);
        Map<String, Object> conflict = ((List<Map<String, Object>>) series.get("conflicts")).get(0);
        assertThat(conflict).containsEntry("code", "NONEXISTENT_LOCAL_TIME");
        assertThat(((List<Map<String, Object>>) conflict.get("alternatives")).get(0))
                .containsEntry("kind", "SAME_THERAPIST")
                .containsEntry("start", inGap.plusHours(1) + ":00" + spring.getOffsetAfter());
    }
}

package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.migrainecare.kernel.careplan.CarePlanEvent.CadenceNudgeDue;
import com.migrainecare.kernel.ids.CarePlanId;
import com.migrainecare.kernel.ids.ClientId;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A cadence nudge through the running service: accepting a plan stores a deadline (a row in
 * {@code scheduled_tasks}) three days before the first session; when it comes due and that session was cancelled,
 * the plan records {@code CadenceNudgeDue} with the therapist's open slots from the availability search.
 */
@TestPropertySource(properties = "clinic.scheduler.polling-interval=PT0.2S")
class CadenceNudgeApiTest extends ApiTestSupport {

    // the plan's series has a completion check of its own, due minutes ahead; the nudge's is days ahead
    private static final String DEADLINES = " WHERE LOWER(task_name) LIKE '%deadline%' AND execution_time > ?";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private SchedulerClient scheduler;

    @Autowired
    private EventStore events;

    @Test
    @SuppressWarnings("unchecked")
    void nudgeDueWhenThePlansNextSessionHasNoBooking() {
        Chain chain = chain("Europe/Berlin");
        LocalDate monday = comingWeekday(DayOfWeek.MONDAY, "Europe/Berlin");
        Map<String, Object> plan = acceptedCarePlan(chain, 18, 4, List.of("SUBOCCIPITAL", "NECK"), monday);
        Instant first = monday.atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();
        Map<String, Object> deadline =
                jdbc.queryForMap("SELECT task_name, task_instance FROM scheduled_tasks" + DEADLINES, aDayAhead());
        assertThat(deadlineTime()).isEqualTo(first.minus(Duration.ofDays(3)));

        String series = ((Map<String, Object>) plan.get("series")).get("id").toString();
        var cancelled = call(
                HttpMethod.POST,
                "desk",
                "/api/series/" + series + "/cancel",
                Map.of("scope", "THIS", "occurrenceStart", monday + "T10:00"));
        assertThat(cancelled.getStatusCode().value())
                .as("body: %s", cancelled.getBody())
                .isEqualTo(200);
        // the deadline as stored, brought forward to now instead of waiting three days
        scheduler.reschedule(
                TaskInstanceId.of(
                        deadline.get("task_name").toString(),
                        deadline.get("task_instance").toString()),
                Instant.now());

        eventually(() -> assertThat(nudges(chain.client())).singleElement().satisfies(nudge -> {
            assertThat(nudge.dueOn()).isEqualTo(monday);
            assertThat(nudge.therapistId().value()).isEqualTo(chain.therapist());
            assertThat(nudge.openSlots()).isNotEmpty().anySatisfy(slot -> assertThat(slot.start())
                    .isEqualTo(first));
        }));
        eventually(() -> assertThat(deadlineTime())
                .as("armed again for Thursday's session")
                .isEqualTo(first.plus(Duration.ofDays(3)).minus(Duration.ofDays(3))));
    }

    private Instant deadlineTime() {
        return jdbc.queryForObject(
                        "SELECT execution_time FROM scheduled_tasks" + DEADLINES, OffsetDateTime.class, aDayAhead())
                .toInstant();
    }

    private Timestamp aDayAhead() {
        return Timestamp.from(clock.instant().plus(Duration.ofDays(1)));
    }

    private List<CadenceNudgeDue> nudges(String client) {
        return events.readEvents(CarePlanId.of(new ClientId(client)).value())
                .asStream()
                .map(EventMessage::getPayload)
                .filter(CadenceNudgeDue.class::isInstance)
                .map(CadenceNudgeDue.class::cast)
                .toList();
    }
}

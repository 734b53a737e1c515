package com.migrainecare.booking.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrainecare.booking.api.ApiTestSupport;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.scheduling.EventScheduler;
import org.axonframework.eventhandling.scheduling.ScheduleToken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Work scheduled for later is a row in {@code scheduled_tasks} (db-scheduler, under Axon's event scheduler and
 * deadline manager), not an in-memory timer: it is there before it is due, it runs once when due, and a
 * cancelled one never runs.
 */
@Import(ScheduledEventsTest.Listening.class)
@TestPropertySource(properties = "clinic.scheduler.polling-interval=PT0.2S")
class ScheduledEventsTest extends ApiTestSupport {

    @Autowired
    private EventScheduler scheduler;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Heard heard;

    @Test
    void scheduledEventIsStoredThenPublishedOnceWhenDue() {
        scheduler.schedule(Duration.ofSeconds(1), new Reminder("due-soon"));

        assertThat(pendingTasks()).isPositive();
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(heard.names())
                .containsExactly("due-soon"));
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(pendingTasks())
                .isZero());
    }

    @Test
    void cancelledEventIsNeverPublished() {
        ScheduleToken cancelled = scheduler.schedule(Duration.ofMillis(500), new Reminder("cancelled"));
        scheduler.cancelSchedule(cancelled);
        scheduler.schedule(Duration.ofSeconds(1), new Reminder("after-the-cancelled-one"));

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(heard.names())
                .contains("after-the-cancelled-one"));
        assertThat(heard.names()).doesNotContain("cancelled");
    }

    private int pendingTasks() {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks", Integer.class);
        return count == null ? 0 : count;
    }

    /** A payload for the test only. */
    public record Reminder(String name) {}

    @ProcessingGroup("scheduled-events-test")
    static class Heard {
        private final List<String> names = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(Reminder reminder) {
            names.add(reminder.name());
        }

        List<String> names() {
            return names;
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Listening {
        @Bean
        Heard heard() {
            return new Heard();
        }
    }
}

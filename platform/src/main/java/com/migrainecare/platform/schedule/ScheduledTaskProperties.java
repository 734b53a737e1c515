package com.migrainecare.platform.schedule;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * db-scheduler's tuning: threads that run due tasks, how often the table is polled for due tasks, and how
 * often a running instance proves it is alive (a task picked by an instance that stopped proving it is picked
 * up again by another), and the service's own table: each service runs only the tasks it knows, so two services
 * never share one (one would skip, and in the end delete, the other's tasks).
 */
@ConfigurationProperties("clinic.scheduler")
public record ScheduledTaskProperties(
        Integer threads, Duration pollingInterval, Duration heartbeatInterval, String tableName) {

    public ScheduledTaskProperties {
        tableName = tableName == null || tableName.isBlank() ? "scheduled_tasks" : tableName;
        threads = threads == null ? 4 : threads;
        pollingInterval = pollingInterval == null ? Duration.ofSeconds(1) : pollingInterval;
        heartbeatInterval = heartbeatInterval == null ? Duration.ofSeconds(30) : heartbeatInterval;
    }
}

package com.migrainecare.platform.schedule;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * One db-scheduler per process over its service's table ({@code scheduled_tasks} by default). Axon's auto-configuration sees this
 * scheduler and builds the {@code DbSchedulerDeadlineManager} and {@code DbSchedulerEventScheduler} on it, with
 * their tasks. The data source is transaction-aware, so a deadline scheduled by a command is written in the
 * command's own transaction: it exists exactly when the events that asked for it do.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScheduledTaskProperties.class)
public class ScheduledTaskConfiguration {

    @Bean(destroyMethod = "")
    Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks, ScheduledTaskProperties properties) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .tableName(properties.tableName())
                .threads(properties.threads())
                .pollingInterval(properties.pollingInterval())
                .heartbeatInterval(properties.heartbeatInterval())
                .build();
    }

    /** Starts polling once the application is up, and stops before the data source closes. */
    @Bean
    SmartLifecycle schedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                // after Axon's processors start, before they stop
                return Integer.MAX_VALUE - 1024;
            }
        };
    }
}

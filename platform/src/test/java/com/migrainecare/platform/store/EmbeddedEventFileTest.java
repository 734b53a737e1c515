package com.migrainecare.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The embedded event database outlives an interrupted thread: a writer interrupted again and again in the
 * middle of its statements finishes its work, and another connection of the same process still reads.
 */
class EmbeddedEventFileTest {

    private static final int ROWS = 20_000;
    private static final int REPORT_EVERY = 250;

    @TempDir
    Path dataDir;

    @Test
    void interruptedWriterLeavesTheDatabaseOpenForEveryone() throws Exception {
        String url = embeddedUrl();
        assertThat(url).startsWith(StoreModeEnvironmentPostProcessor.EMBEDDED_PREFIX);
        try (Connection other = DriverManager.getConnection(url, "sa", "")) {
            other.createStatement().execute("CREATE TABLE events (id BIGINT PRIMARY KEY, body VARCHAR(600))");
            Semaphore progress = new Semaphore(0);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            AtomicBoolean finished = new AtomicBoolean();
            Thread writer = new Thread(() -> write(url, progress, failure, finished), "interrupted-writer");
            writer.start();
            int interrupts = 0;
            do {
                progress.acquire();
                if (!finished.get()) {
                    writer.interrupt();
                    interrupts++;
                }
            } while (!finished.get());
            writer.join();

            assertThat(interrupts).isGreaterThanOrEqualTo(ROWS / REPORT_EVERY);

            assertThat(failure.get()).isNull();
            assertThat(count(other)).isEqualTo(ROWS);
        }
    }

    private String embeddedUrl() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("test", Map.of("clinic.data-dir", dataDir.toString())));
        new StoreModeEnvironmentPostProcessor().postProcessEnvironment(environment, null);
        return environment.getRequiredProperty("spring.datasource.url");
    }

    private static void write(
            String url, Semaphore progress, AtomicReference<Throwable> failure, AtomicBoolean finished) {
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.setAutoCommit(false);
            PreparedStatement insert = connection.prepareStatement("INSERT INTO events (id, body) VALUES (?, ?)");
            for (int i = 0; i < ROWS; i++) {
                insert.setLong(1, i);
                insert.setString(2, "x".repeat(500) + i);
                insert.executeUpdate();
                if (i % REPORT_EVERY == 0) {
                    connection.commit();
                    progress.release();
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            failure.set(e);
        } finally {
            Thread.interrupted();
            finished.set(true);
            progress.release();
        }
    }

    private static long count(Connection connection) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM events")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

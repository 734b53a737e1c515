package com.migrainecare.bench.reminder;

import com.github.kagkarlsson.scheduler.serializer.Serializer;
import com.migrainecare.bench.core.Log;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts reminders in the notification service's schedule the way its planner leaves them: the reminder document
 * in the read store, then its db-scheduler task (named by the reminder id, due when the reminder is) in the
 * service's task table. The document comes first, so a task never fires for a reminder not yet stored.
 */
final class ReminderSeed {

    static final String TASK_TABLE = "notification_scheduled_tasks";
    private static final String TASK = "reminder-delivery";
    private static final int BATCH = 1_000;

    private final SharedStores stores;

    ReminderSeed(SharedStores stores) {
        this.stores = stores;
    }

    /** One e-mail contact per client, {@code client-0} to {@code client-(count-1)}. */
    void contacts(int count) {
        for (int from = 0; from < count; from += BATCH) {
            List<SeededReminder.Contact> batch = new ArrayList<>();
            for (int k = from; k < Math.min(count, from + BATCH); k++) {
                batch.add(SeededReminder.Contact.of(client(k)));
            }
            stores.mongo().insert(batch, SeededReminder.Contact.class);
        }
    }

    /**
     * {@code count} reminders of the bookings {@code <prefix>-k}, due evenly over {@code spread} from {@code first}
     * (all at {@code first} when the spread is zero).
     */
    void reminders(String prefix, int count, Instant first, Duration spread) {
        long spreadMillis = spread.toMillis();
        String sql = "INSERT INTO " + TASK_TABLE
                + " (task_name, task_instance, task_data, execution_time, picked, version, priority)"
                + " VALUES (?, ?, ?, ?, FALSE, 1, 0)";
        try (Connection connection = stores.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int from = 0; from < count; from += BATCH) {
                List<SeededReminder> batch = new ArrayList<>();
                for (int k = from; k < Math.min(count, from + BATCH); k++) {
                    Instant due = first.plusMillis(spreadMillis * k / count);
                    batch.add(SeededReminder.due(prefix + "-" + k, client(k), due));
                }
                stores.mongo().insert(batch, SeededReminder.class);
                for (SeededReminder reminder : batch) {
                    insert.setString(1, TASK);
                    insert.setString(2, reminder.id());
                    insert.setBytes(3, Serializer.DEFAULT_JAVA_SERIALIZER.serialize(reminder.id()));
                    insert.setObject(4, OffsetDateTime.ofInstant(reminder.dueAt(), ZoneOffset.UTC));
                    insert.addBatch();
                }
                insert.executeBatch();
                if ((from / BATCH) % 20 == 19) {
                    Log.info("  seeded %,d of %,d reminders (%s)", from + BATCH, count, prefix);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot seed the reminder tasks", e);
        }
    }

    /**
     * Moves every reminder task by {@code by} in one statement, so that reminders seeded at leisure (due far
     * ahead) fall due in the measured minute without the seeding's duration in their lateness. The documents keep
     * their {@code dueAt}; the lateness is computed with the same shift.
     */
    void shiftTasks(Duration by) {
        try (Connection connection = stores.dataSource().getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE " + TASK_TABLE
                        + " SET execution_time = DATEADD(MILLISECOND, ?, execution_time) WHERE task_name = ?")) {
            update.setLong(1, by.toMillis());
            update.setString(2, TASK);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot move the reminder tasks", e);
        }
    }

    /** Task rows still in the table (due, running or retrying). */
    long tasksLeft() {
        try (Connection connection = stores.dataSource().getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT COUNT(*) FROM " + TASK_TABLE + " WHERE task_name = '" + TASK + "'");
                var rows = count.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the reminder tasks", e);
        }
    }

    private static String client(int k) {
        return "client-" + k;
    }
}

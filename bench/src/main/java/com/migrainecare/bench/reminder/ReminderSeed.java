package com.migrainecare.bench.reminder;

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
 * in the read store, then its timer (named by the reminder id, firing when the reminder is due) in the service's
 * {@code reminder_timers} table. The document comes first, so a timer never fires for a reminder not yet stored.
 */
final class ReminderSeed {

    static final String TIMER_TABLE = "reminder_timers";
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
        String sql = "INSERT INTO " + TIMER_TABLE + " (reminder_id, fires_at) VALUES (?, ?)";
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
                    insert.setString(1, reminder.id());
                    insert.setObject(2, OffsetDateTime.ofInstant(reminder.dueAt(), ZoneOffset.UTC));
                    insert.addBatch();
                }
                insert.executeBatch();
                if ((from / BATCH) % 20 == 19) {
                    Log.info("  seeded %,d of %,d reminders (%s)", from + BATCH, count, prefix);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot seed the reminder timers", e);
        }
    }

    /**
     * Moves every reminder timer by {@code by} in one statement, so that reminders seeded at leisure (due far
     * ahead) fall due in the measured minute without the seeding's duration in their lateness. The documents keep
     * their {@code dueAt}; the lateness is computed with the same shift.
     */
    void shiftTimers(Duration by) {
        try (Connection connection = stores.dataSource().getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE " + TIMER_TABLE + " SET fires_at = DATEADD(MILLISECOND, ?, fires_at)")) {
            update.setLong(1, by.toMillis());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot move the reminder timers", e);
        }
    }

    /** Timers still in the table (due, claimed or waiting for a retry). */
    long tasksLeft() {
        try (Connection connection = stores.dataSource().getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM " + TIMER_TABLE);
                var rows = count.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the reminder timers", e);
        }
    }

    private static String client(int k) {
        return "client-" + k;
    }
}

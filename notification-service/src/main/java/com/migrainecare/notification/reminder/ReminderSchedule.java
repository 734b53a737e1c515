package com.migrainecare.notification.reminder;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The durable timers of the reminders: one row per reminder still to be sent, in {@code reminder_timers} in the
 * event store's database, named by the reminder id. Written from an event handler, a timer joins the processor's
 * transaction, so it exists exactly when the token says the event was handled.
 *
 * <p>Why the relational store and not the {@code reminders} collection: finding what is due is a range query over
 * a time, ordered, limited, and claimed by several instances at once. The database has a B-tree on
 * {@code fires_at} and row locks: in one transaction, {@code SELECT ... WHERE fires_at <= now ORDER BY fires_at
 * LIMIT n FOR UPDATE SKIP LOCKED} picks a batch that no other instance is picking, and one {@code UPDATE} by those
 * ids claims it. H2 2.3 and PostgreSQL both take this; as one {@code UPDATE ... WHERE reminder_id IN (SELECT ...
 * FOR UPDATE SKIP LOCKED)} H2 evaluates the locking subquery again for every row (seconds for a batch of 200 in
 * 20k timers), so the claim is two statements. The embedded Mongo-wire store answers a range query only by reading
 * every document, and the collection keeps every reminder ever sent; the table holds only those pending.
 *
 * <p>A claim is a lease: {@code fires_at} moves to the end of the lease and {@code claim} names the holder. A
 * dispatcher that stops before it finishes leaves its rows to fire again once the lease has ended.
 */
@Component
class ReminderSchedule {

    static final String TABLE = "reminder_timers";

    private static final String PICK = "SELECT reminder_id FROM " + TABLE
            + " WHERE fires_at <= ? ORDER BY fires_at LIMIT ? FOR UPDATE SKIP LOCKED";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    ReminderSchedule(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = transactions == null ? null : new TransactionTemplate(transactions);
    }

    /** Sets the timer of a SCHEDULED reminder; a timer that already exists is left as it is. */
    void schedule(Reminder reminder) {
        scheduleAt(reminder.id(), reminder.dueAt());
    }

    /** Sets a timer for {@code reminderId} firing at {@code at}, unless the reminder has one. */
    void scheduleAt(String reminderId, Instant at) {
        jdbc.update(
                "INSERT INTO " + TABLE + " (reminder_id, fires_at) SELECT ?, ? WHERE NOT EXISTS" + " (SELECT 1 FROM "
                        + TABLE + " WHERE reminder_id = ?)",
                reminderId,
                at(at),
                reminderId);
    }

    /**
     * Removes the timer of a reminder about to be withdrawn, unless a dispatcher holds it; returns whether the
     * withdrawal may go ahead (the timer was free, or there was none). Once a dispatcher has claimed the timer the
     * dispatcher decides: it sends the reminder, or withdraws it itself when the session no longer stands. Of a
     * claim and this removal, the row lock lets exactly one win: a claim skips a timer this transaction removes,
     * and a timer claimed first is no longer free here.
     */
    boolean cancelUnlessClaimed(String reminderId) {
        if (jdbc.update("DELETE FROM " + TABLE + " WHERE reminder_id = ? AND claim IS NULL", reminderId) == 1) {
            return true;
        }
        Long left =
                jdbc.queryForObject("SELECT COUNT(*) FROM " + TABLE + " WHERE reminder_id = ?", Long.class, reminderId);
        return left == null || left == 0;
    }

    /**
     * Claims up to {@code limit} timers that fire at or before {@code now}, earliest first, for {@code claim}
     * until {@code leaseEnd}; returns the ids of the reminders claimed.
     */
    List<String> claim(String claim, Instant now, Instant leaseEnd, int limit) {
        return transaction.execute(status -> {
            List<String> picked = jdbc.queryForList(PICK, String.class, at(now), limit);
            if (!picked.isEmpty()) {
                jdbc.update(
                        "UPDATE " + TABLE + " SET fires_at = ?, claim = ? WHERE reminder_id IN (" + places(picked)
                                + ")",
                        Stream.concat(Stream.of(at(leaseEnd), claim), picked.stream())
                                .toArray());
            }
            return picked;
        });
    }

    /** Removes the timers of {@code reminderIds} that {@code claim} still holds: those reminders are done. */
    void done(String claim, Collection<String> reminderIds) {
        if (reminderIds.isEmpty()) {
            return;
        }
        jdbc.update(
                "DELETE FROM " + TABLE + " WHERE claim = ? AND reminder_id IN (" + places(reminderIds) + ")",
                Stream.concat(Stream.of(claim), reminderIds.stream()).toArray());
    }

    /** Lets the timer that {@code claim} holds for {@code reminderId} fire again at {@code at}, for anybody. */
    void release(String claim, String reminderId, Instant at) {
        jdbc.update(
                "UPDATE " + TABLE + " SET fires_at = ?, claim = NULL WHERE reminder_id = ? AND claim = ?",
                at(at),
                reminderId,
                claim);
    }

    private static String places(Collection<String> values) {
        return String.join(", ", values.stream().map(value -> "?").toList());
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

-- The reminders' due-time index: one row per reminder still to be sent (ReminderSchedule). fires_at is when the
-- row may next be claimed: the reminder's due time, then the end of a dispatcher's lease while one holds it
-- (claim names the holder), then the time of the next try after a refusal. A dispatcher claims a batch with one
-- UPDATE over the fires_at index (FOR UPDATE SKIP LOCKED, on H2 2.3 as on PostgreSQL) and deletes the rows it
-- has finished.
CREATE TABLE reminder_timers (
    reminder_id VARCHAR(255)             NOT NULL PRIMARY KEY,
    fires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    claim       VARCHAR(100)
);

CREATE INDEX ix_reminder_timers_fires_at ON reminder_timers (fires_at);
CREATE INDEX ix_reminder_timers_claim ON reminder_timers (claim);

-- Reminders scheduled by earlier versions as db-scheduler tasks move over, due when their task was.
INSERT INTO reminder_timers (reminder_id, fires_at)
SELECT task_instance, execution_time FROM notification_scheduled_tasks WHERE task_name = 'reminder-delivery';

DELETE FROM notification_scheduled_tasks WHERE task_name = 'reminder-delivery';

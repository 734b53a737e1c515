package com.migrainecare.notification.reminder;

import com.migrainecare.notification.delivery.Delivery;
import com.migrainecare.notification.reminder.Reminders.Ending;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What became of one batch of {@link ReminderDispatcher}: the endings to record, the refusals to retry, the
 * metrics to count once the endings are recorded, and the hand-overs not yet recorded as deliveries. Those are
 * recorded together, every {@link #RECORD_EVERY} hand-overs and at most {@link #RECORD_WITHIN} after the oldest
 * of them: each write to the embedded read store commits its file, and one write per message was the largest
 * cost of a reminder there. The price: an instance that stops in between leaves up to that many messages handed
 * over without a record, which the next holder of the claim hands over again (with the same idempotency key,
 * which the SMTP server and the SMS webhook receive).
 */
final class DispatchOutcomes {

    static final int RECORD_EVERY = 50;
    static final Duration RECORD_WITHIN = Duration.ofMillis(100);

    final List<Ending> endings = new ArrayList<>();
    final Map<Reminder, RuntimeException> refused = new LinkedHashMap<>();
    final List<Runnable> afterwards = new ArrayList<>();
    private List<Delivery> unrecorded = new ArrayList<>();
    private Instant oldestUnrecorded;

    void handedOver(Delivery delivery, Instant now) {
        if (unrecorded.isEmpty()) {
            oldestUnrecorded = now;
        }
        unrecorded.add(delivery);
    }

    /** Whether the hand-overs not yet recorded should be recorded now. */
    boolean recordDue(Instant now) {
        return unrecorded.size() >= RECORD_EVERY
                || (!unrecorded.isEmpty() && !now.isBefore(oldestUnrecorded.plus(RECORD_WITHIN)));
    }

    /** The hand-overs not yet recorded; from now on the caller records them. */
    List<Delivery> takeUnrecorded() {
        List<Delivery> taken = unrecorded;
        unrecorded = new ArrayList<>();
        return taken;
    }

    void end(Reminder reminder, ReminderStatus status, String reason, Consumer<Reminder> metric) {
        endings.add(Ending.because(reminder.id(), status, reason));
        afterwards.add(() -> metric.accept(reminder));
    }
}

package com.migrainecare.booking.careplan;

import com.migrainecare.booking.careplan.SeriesView.Occurrence;
import com.migrainecare.booking.careplan.SeriesView.Status;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import java.time.LocalDateTime;
import java.util.List;
import org.axonframework.deadline.DeadlineManager;

/** The rules a {@link Series} keeps, by name, and the arming of its completion check. */
final class SeriesRules {

    private SeriesRules() {}

    /** A series has between 1 and {@code most} occurrences, in order, one at a time. */
    static void ensurePlannable(List<LocalDateTime> occurrences, int most) {
        if (occurrences.isEmpty() || occurrences.size() > most) {
            throw new RuleViolation(ErrorCode.INVALID_REQUEST, "a series has between 1 and " + most + " occurrences");
        }
        for (int i = 1; i < occurrences.size(); i++) {
            if (!occurrences.get(i).isAfter(occurrences.get(i - 1))) {
                throw new RuleViolation(ErrorCode.INVALID_REQUEST, "occurrences are in order, one at a time");
            }
        }
    }

    static void ensureStatus(Occurrence occurrence, Status required, String rule) {
        if (occurrence.status() != required) {
            throw new RuleViolation(ErrorCode.INVALID_STATE_TRANSITION, rule + " (it is " + occurrence.status() + ")");
        }
    }

    /** Check {@code attempt} (from 1) of what a cut-off request left undone, each later than the one before. */
    static void armCompletionCheck(int attempt, SeriesProperties properties, DeadlineManager deadlines) {
        deadlines.schedule(properties.delayBefore(attempt), Series.COMPLETION_CHECK, attempt);
    }
}

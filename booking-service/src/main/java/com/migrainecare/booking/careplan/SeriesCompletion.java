package com.migrainecare.booking.careplan;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.ids.SeriesId;
import org.springframework.stereotype.Component;

/**
 * Finishes what a cut-off request left of a series: books the occurrences still planned (under the ids they
 * would have had, so none is booked twice) and applies the changes still pending. Run when the series'
 * completion check finds work left; running it again on a finished series does nothing.
 */
@Component
class SeriesCompletion {

    static final String REASON = "finishing a series a cut-off request left undone";

    private final OccurrenceBookings occurrences;
    private final PendingChanges changes;

    SeriesCompletion(OccurrenceBookings occurrences, PendingChanges changes) {
        this.occurrences = occurrences;
        this.changes = changes;
    }

    void complete(SeriesId id) {
        try {
            occurrences.bookPlanned(id, REASON);
        } catch (RuleViolation unknown) {
            if (unknown.code().kind() != ErrorCode.Kind.NOT_FOUND || unknown.code() == ErrorCode.SERIES_NOT_FOUND) {
                throw unknown;
            }
            // the client or therapist does not exist (any more): no occurrence can be booked, each says why
            occurrences.refusePlanned(id, unknown.code(), unknown.getMessage(), REASON);
        }
        changes.apply(id, REASON);
    }
}

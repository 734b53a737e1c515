package com.migrainecare.kernel.careplan;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.CarePlanId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.SeriesId;
import com.migrainecare.kernel.ids.TherapistId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Commands on a recurring series. Each occurrence is booked, moved or cancelled as a booking of its own (one
 * command, one transaction); the series records the outcome, occurrence by occurrence.
 */
public sealed interface SeriesCommand {

    SeriesId seriesId();

    /** Plans the series: its occurrences as wall-clock times at the location, in order. */
    record ScheduleSeries(
            @TargetAggregateIdentifier SeriesId seriesId,
            ClientId clientId,
            TherapistId therapistId,
            LocationId locationId,
            Technique technique,
            Duration duration,
            ZoneId zone,
            List<LocalDateTime> occurrences,
            CarePlanId carePlanId)
            implements SeriesCommand {
        public ScheduleSeries {
            occurrences = List.copyOf(occurrences);
        }
    }

    record RecordOccurrenceBooked(
            @TargetAggregateIdentifier SeriesId seriesId, int index, BookingId bookingId, Instant start)
            implements SeriesCommand {}

    record RecordOccurrenceConflict(
            @TargetAggregateIdentifier SeriesId seriesId,
            int index,
            ErrorCode code,
            String detail,
            List<Alternative> alternatives)
            implements SeriesCommand {
        public RecordOccurrenceConflict {
            alternatives = List.copyOf(alternatives);
        }
    }

    record RecordOccurrenceMoved(
            @TargetAggregateIdentifier SeriesId seriesId, int index, LocalDateTime localStart, Instant start)
            implements SeriesCommand {}

    record RecordOccurrenceCancelled(
            @TargetAggregateIdentifier SeriesId seriesId, int index) implements SeriesCommand {}

    /**
     * Records, before any of it is applied, which occurrences a move or cancellation applies to and to what, so
     * that a change cut off half-way is finished from the series' own record. {@code therapistId} and
     * {@code duration}, when given, apply to every moved occurrence.
     */
    record PlanOccurrenceChanges(
            @TargetAggregateIdentifier SeriesId seriesId,
            OccurrenceChange.Kind kind,
            List<OccurrenceChange> changes,
            TherapistId therapistId,
            Duration duration)
            implements SeriesCommand {
        public PlanOccurrenceChanges {
            changes = List.copyOf(changes);
            changes.forEach(change -> change.requireFits(kind));
        }
    }

    /** The booking desk refused a planned change of one occurrence; the occurrence stays as it was. */
    record RecordOccurrenceChangeRefused(
            @TargetAggregateIdentifier SeriesId seriesId, int index, ErrorCode code, String detail)
            implements SeriesCommand {}
}

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
import org.axonframework.serialization.Revision;

/** Facts about a recurring series; a series' stream holds a few events per occurrence and ends with it. */
public sealed interface SeriesEvent {

    SeriesId seriesId();

    /** The plan: occurrences as wall-clock times in {@code zone}, kept across DST changes. */
    @Revision("1")
    record SeriesScheduled(
            SeriesId seriesId,
            ClientId clientId,
            TherapistId therapistId,
            LocationId locationId,
            Technique technique,
            Duration duration,
            ZoneId zone,
            List<LocalDateTime> occurrences,
            CarePlanId carePlanId)
            implements SeriesEvent {}

    @Revision("1")
    record OccurrenceBooked(SeriesId seriesId, int index, BookingId bookingId, Instant start) implements SeriesEvent {}

    /** The occurrence could not be booked as planned, for {@code code}; the alternatives are offers. */
    @Revision("1")
    record OccurrenceConflicted(
            SeriesId seriesId, int index, ErrorCode code, String detail, List<Alternative> alternatives)
            implements SeriesEvent {}

    @Revision("1")
    record OccurrenceRescheduled(SeriesId seriesId, int index, LocalDateTime localStart, Instant start)
            implements SeriesEvent {}

    @Revision("1")
    record OccurrenceCancelled(SeriesId seriesId, int index) implements SeriesEvent {}

    /** A move or cancellation of these occurrences, recorded before it is applied to their bookings. */
    @Revision("1")
    record OccurrenceChangesPlanned(
            SeriesId seriesId,
            OccurrenceChange.Kind kind,
            List<OccurrenceChange> changes,
            TherapistId therapistId,
            Duration duration)
            implements SeriesEvent {}

    @Revision("1")
    record OccurrenceChangeRefused(SeriesId seriesId, int index, ErrorCode code, String detail)
            implements SeriesEvent {}

    /**
     * Some time after the series was scheduled or changed, occurrences were still planned with no booking and no
     * conflict, or changes were still to apply (the request that began them was cut off): they are to be
     * finished. {@code attempt} counts these checks, from 1.
     */
    @Revision("1")
    record SeriesCompletionDue(SeriesId seriesId, List<Integer> planned, List<Integer> changing, int attempt)
            implements SeriesEvent {}
}

package com.migrainecare.booking.careplan;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.careplan.Alternative;
import com.migrainecare.kernel.careplan.OccurrenceChange;
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

/** A series as it stands, occurrence by occurrence. */
public record SeriesView(
        SeriesId seriesId,
        ClientId clientId,
        TherapistId therapistId,
        LocationId locationId,
        Technique technique,
        Duration duration,
        ZoneId zone,
        CarePlanId carePlanId,
        List<Occurrence> occurrences,
        List<PendingChange> pending) {

    /** What became of one planned occurrence. */
    public enum Status {
        PLANNED,
        BOOKED,
        CONFLICT,
        CANCELLED
    }

    /** One occurrence: its wall-clock start, and its booking or its conflict. */
    public record Occurrence(
            int index,
            LocalDateTime localStart,
            Status status,
            BookingId bookingId,
            Instant start,
            ErrorCode conflict,
            String detail,
            List<Alternative> alternatives) {

        /** This occurrence booked (or moved) to {@code localStart}, as {@code booking} starting at {@code at}. */
        public Occurrence booked(LocalDateTime localStart, BookingId booking, Instant at) {
            return new Occurrence(index, localStart, Status.BOOKED, booking, at, null, null, List.of());
        }

        public Occurrence conflicted(ErrorCode code, String why, List<Alternative> offered) {
            return new Occurrence(index, localStart, Status.CONFLICT, null, null, code, why, offered);
        }

        public Occurrence cancelled() {
            return new Occurrence(index, localStart, Status.CANCELLED, bookingId, start, null, null, List.of());
        }
    }

    /**
     * A change recorded for an occurrence and not yet applied to its booking (or refused): a move to
     * {@code target}, with the therapist and duration the change asked for (null: unchanged), or a cancellation.
     */
    public record PendingChange(
            int index, OccurrenceChange.Kind kind, LocalDateTime target, TherapistId therapistId, Duration duration) {}

    /** The occurrences still planned, with no booking and no conflict. */
    public List<Occurrence> planned() {
        return occurrences.stream()
                .filter(occurrence -> occurrence.status() == Status.PLANNED)
                .toList();
    }
}

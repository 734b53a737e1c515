package com.migrainecare.booking.careplan;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.careplan.Alternative;
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
        List<Occurrence> occurrences) {

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
            List<Alternative> alternatives) {}
}

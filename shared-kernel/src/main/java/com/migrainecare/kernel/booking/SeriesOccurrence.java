package com.migrainecare.kernel.booking;

import com.migrainecare.kernel.ids.SeriesId;
import java.util.Objects;

/** Which occurrence of which recurring series a session was booked for. */
public record SeriesOccurrence(SeriesId seriesId, int index) {

    public SeriesOccurrence {
        Objects.requireNonNull(seriesId, "seriesId");
        if (index < 0) {
            throw new IllegalArgumentException("an occurrence index is 0 or more: " + index);
        }
    }
}

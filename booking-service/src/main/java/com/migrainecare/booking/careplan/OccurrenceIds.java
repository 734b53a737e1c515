package com.migrainecare.booking.careplan;

import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.SeriesId;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The booking id of a series' occurrence, derived from the series and the occurrence's index, so that every
 * attempt to book one occurrence names the same booking: a second attempt finds the first one's booking
 * instead of making another.
 */
final class OccurrenceIds {

    private static final int LONGEST_ID = 64;

    private OccurrenceIds() {}

    /**
     * {@code <series>-<index>}; a series id too long for that is replaced by a name-based UUID of both. Either
     * way the index ends the id after the last dash, so no two occurrences share one.
     */
    static BookingId bookingIdOf(SeriesId series, int index) {
        String readable = series.value() + "-" + index;
        if (readable.length() <= LONGEST_ID) {
            return new BookingId(readable);
        }
        String key = "series-occurrence:" + series.value() + "#" + index;
        return new BookingId(
                UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString());
    }
}

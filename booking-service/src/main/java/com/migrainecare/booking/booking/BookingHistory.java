package com.migrainecare.booking.booking;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.migrainecare.kernel.booking.BookingStatus;
import com.migrainecare.kernel.booking.Placement;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A booking's history in the {@code booking_history} read model: one document per booking, its entries keyed
 * by sequence number, so that writing an entry twice leaves one entry.
 */
@Document(BookingHistory.COLLECTION)
public record BookingHistory(@Id String id, Map<String, Entry> entries) {

    static final String COLLECTION = "booking_history";

    /** What one event did to the booking, who did it and why. */
    public record Entry(long seq, String type, Instant at, String actor, String reason, Changes changes) {}

    /** The fields an event changed: the placement fields that moved, or the new status. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Changes(
            Change start, Change end, Change therapistId, Change locationId, Change roomId, BookingStatus status) {

        /** A placement from {@code before} (null for the first one) to {@code after}, naming what differs. */
        static Changes between(Placement before, Placement after) {
            return new Changes(
                    Change.of(
                            before == null ? null : before.slot().start(),
                            after.slot().start()),
                    Change.of(
                            before == null ? null : before.slot().end(),
                            after.slot().end()),
                    Change.of(before == null ? null : before.therapistId(), after.therapistId()),
                    Change.of(before == null ? null : before.locationId(), after.locationId()),
                    Change.of(before == null ? null : before.roomId(), after.roomId()),
                    null);
        }

        static Changes status(BookingStatus status) {
            return new Changes(null, null, null, null, null, status);
        }
    }

    /** A field's value before and after, as text; {@code from} is null when it had none. */
    public record Change(String from, String to) {

        /** The change from {@code from} to {@code to}, or null when they are equal. */
        static Change of(Object from, Object to) {
            if (from != null && from.equals(to)) {
                return null;
            }
            return new Change(Objects.toString(from, null), to.toString());
        }
    }
}

package com.migrainecare.booking.audit;

import com.migrainecare.booking.booking.BookingState;
import com.migrainecare.kernel.booking.BookingStatus;
import com.migrainecare.kernel.booking.Placement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * A therapist's or a room's day as it stood at an instant: the sessions that then stood on that date (in the
 * zone of each session's location). The audit log names the candidate bookings (every booking whose events
 * ever named the resource, a booking moved away included); each is then folded from its own events.
 */
@Component
class ResourceDays {

    /** The resource a day belongs to. */
    enum Kind {
        THERAPIST("therapistIds", placement -> placement.therapistId().value()),
        ROOM("roomIds", placement -> placement.roomId().value());

        private final String field;
        private final Function<Placement, String> idOf;

        Kind(String field, Function<Placement, String> idOf) {
            this.field = field;
            this.idOf = idOf;
        }
    }

    private final AuditQueries log;
    private final BookingTimeline timeline;

    ResourceDays(AuditQueries log, BookingTimeline timeline) {
        this.log = log;
        this.timeline = timeline;
    }

    List<BookingState> day(Kind kind, String id, LocalDate date, Instant asOf) {
        return log.bookingsNaming(kind.field, id, asOf).stream()
                .map(booking -> timeline.find(booking, asOf))
                .flatMap(Optional::stream)
                .filter(booking -> kind.idOf.apply(booking.placement()).equals(id))
                .filter(booking -> standing(booking.status()))
                .filter(booking -> localDate(booking.placement()).equals(date))
                .sorted(Comparator.comparing(
                        booking -> booking.placement().slot().start()))
                .toList();
    }

    private static boolean standing(BookingStatus status) {
        return status != BookingStatus.CANCELLED && status != BookingStatus.LATE_CANCELLED;
    }

    private static LocalDate localDate(Placement placement) {
        return placement.slot().start().atZone(placement.zone()).toLocalDate();
    }
}

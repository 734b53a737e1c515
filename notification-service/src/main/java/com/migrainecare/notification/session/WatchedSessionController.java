package com.migrainecare.notification.session;

import com.migrainecare.kernel.booking.BookingStatus;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.Ids;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Shows what this service believes about a booking, so that staff can tell why a reminder went out or not. */
@RestController
@RequestMapping("/api/watched-sessions")
public class WatchedSessionController {

    private final WatchedSessions sessions;

    public WatchedSessionController(WatchedSessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/{bookingId}")
    WatchedSessionResponse get(@PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String bookingId) {
        BookingId id = new BookingId(bookingId);
        return sessions.find(id).map(WatchedSessionResponse::of).orElseThrow(() -> new SessionNotFoundException(id));
    }

    /** Times as offset date-times in the location's zone, as everywhere in the API. */
    record WatchedSessionResponse(
            String id,
            String clientId,
            String therapistId,
            String locationId,
            OffsetDateTime start,
            OffsetDateTime end,
            ZoneId zone,
            BookingStatus status,
            long lastSequence,
            Instant updatedAt) {

        static WatchedSessionResponse of(WatchedSession session) {
            return new WatchedSessionResponse(
                    session.bookingId(),
                    session.clientId(),
                    session.therapistId(),
                    session.locationId(),
                    session.start().atZone(session.zone()).toOffsetDateTime(),
                    session.end().atZone(session.zone()).toOffsetDateTime(),
                    session.zone(),
                    session.status(),
                    session.lastSequence(),
                    session.updatedAt());
        }
    }
}

package com.migrainecare.notification.reminder;

import com.migrainecare.kernel.client.ReminderPreferences.Channel;
import com.migrainecare.kernel.ids.Ids;
import com.migrainecare.platform.access.Narrowing;
import com.migrainecare.platform.access.Scopes;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reminders}: the schedule, filtered by client, booking and status, ordered by due time. An
 * unknown status is a 400 (the platform's handler for unconvertible parameters).
 */
@RestController
class ReminderController {

    private final Reminders reminders;
    private final Scopes scopes;

    ReminderController(Reminders reminders, Scopes scopes) {
        this.reminders = reminders;
        this.scopes = scopes;
    }

    @GetMapping("/api/reminders")
    List<ReminderResponse> list(
            @RequestParam(required = false) @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String clientId,
            @RequestParam(required = false) @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String bookingId,
            @RequestParam(required = false) ReminderStatus status) {
        return reminders.search(clientId, bookingId, status, Narrowing.of(scopes.current())).stream()
                .map(ReminderResponse::of)
                .toList();
    }

    /** Times as offset date-times in the session location's zone, as everywhere in the API. */
    record ReminderResponse(
            String id,
            String bookingId,
            String clientId,
            ReminderKind kind,
            String leadTime,
            Channel channel,
            long bookingVersion,
            OffsetDateTime plannedFor,
            OffsetDateTime dueAt,
            ReminderStatus status,
            String reason,
            int attempts,
            String lastError,
            OffsetDateTime sentAt) {

        static ReminderResponse of(Reminder reminder) {
            ZoneId zone = reminder.zone();
            return new ReminderResponse(
                    reminder.id(),
                    reminder.bookingId(),
                    reminder.clientId(),
                    reminder.kind(),
                    reminder.leadTime(),
                    reminder.channel(),
                    reminder.bookingVersion(),
                    reminder.plannedFor().atZone(zone).toOffsetDateTime(),
                    reminder.dueAt().atZone(zone).toOffsetDateTime(),
                    reminder.status(),
                    reminder.reason(),
                    reminder.attempts(),
                    reminder.lastError(),
                    reminder.sentAt() == null
                            ? null
                            : reminder.sentAt().atZone(zone).toOffsetDateTime());
        }
    }
}

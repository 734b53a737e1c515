package com.migrainecare.booking.careplan;

import com.migrainecare.booking.booking.BookingService;
import com.migrainecare.booking.booking.BookingState;
import com.migrainecare.booking.careplan.CarePlanResponses.ChangeResponse;
import com.migrainecare.booking.careplan.CarePlanResponses.SeriesResponse;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.careplan.Cadence;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.Ids;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.SeriesId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.RequestedTime;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Recurring series over HTTP: schedule, read, and move or cancel one, the following or all occurrences. */
@RestController
@RequestMapping("/api/series")
public class SeriesController {

    private final SeriesService series;
    private final SeriesChanges changes;
    private final BookingService bookings;

    public SeriesController(SeriesService series, SeriesChanges changes, BookingService bookings) {
        this.series = series;
        this.changes = changes;
        this.bookings = bookings;
    }

    /** A new series: every {@code every} ("P1W", "P2W", "P4W") or {@code sessionsPerWeek}, for a count or until. */
    public record SeriesBody(
            @NotNull @Size(max = 64) String clientId,
            @NotNull @Size(max = 64) String therapistId,
            @NotNull @Size(max = 64) String locationId,
            @NotNull Technique technique,
            @NotNull @Size(max = 64) String firstStart,

            @NotNull @Schema(type = "string", format = "duration", example = "PT45M")
            Duration duration,

            @Size(max = 64) String every,
            @Min(1) @Max(3) Integer sessionsPerWeek,
            @Size(max = 3) Set<DayOfWeek> weekdays,
            @Min(1) @Max(Series.MOST_OCCURRENCES) Integer count,
            LocalDate until,
            @Size(max = 500) String reason) {}

    /** Moves the occurrence at {@code occurrenceStart} to {@code start}, and with it the following or all. */
    public record RescheduleBody(
            @NotNull SeriesChanges.Scope scope,
            @Size(max = 64) String occurrenceStart,
            @NotNull @Size(max = 64) String start,
            @Size(max = 64) String therapistId,

            @Schema(type = "string", format = "duration", example = "PT45M")
            Duration duration,

            @Size(max = 500) String reason) {}

    public record CancelBody(
            @NotNull SeriesChanges.Scope scope,
            @Size(max = 64) String occurrenceStart,
            @Size(max = 500) String reason) {}

    @PostMapping
    ResponseEntity<SeriesResponse> schedule(@Valid @RequestBody SeriesBody body) {
        SeriesRequest request = new SeriesRequest(
                SeriesId.random(),
                new ClientId(body.clientId()),
                new TherapistId(body.therapistId()),
                new LocationId(body.locationId()),
                body.technique(),
                RequestedTime.parse(body.firstStart()),
                body.duration(),
                cadence(body.every(), body.sessionsPerWeek()),
                body.weekdays() == null ? Set.of() : body.weekdays(),
                body.count(),
                body.until(),
                null);
        SeriesService.Scheduled scheduled = series.schedule(request, body.reason());
        return ResponseEntity.created(URI.create("/api/series/" + request.seriesId()))
                .body(CarePlanResponses.series(scheduled.series(), scheduled.bookings()));
    }

    @GetMapping("/{id}")
    SeriesResponse get(@PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id) {
        SeriesView view = series.view(new SeriesId(id));
        return CarePlanResponses.series(view, currentBookings(view));
    }

    @PostMapping("/{id}/reschedule")
    ChangeResponse reschedule(
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id,
            @Valid @RequestBody RescheduleBody body) {
        SeriesId seriesId = new SeriesId(id);
        var outcomes = changes.reschedule(
                seriesId,
                body.scope(),
                body.occurrenceStart() == null ? null : RequestedTime.parse(body.occurrenceStart()),
                RequestedTime.parse(body.start()),
                body.therapistId() == null ? null : new TherapistId(body.therapistId()),
                body.duration(),
                body.reason());
        return CarePlanResponses.change(series.view(seriesId), outcomes, "RESCHEDULED");
    }

    @PostMapping("/{id}/cancel")
    ChangeResponse cancel(
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id,
            @Valid @RequestBody CancelBody body) {
        SeriesId seriesId = new SeriesId(id);
        var outcomes = changes.cancel(
                seriesId,
                body.scope(),
                body.occurrenceStart() == null ? null : RequestedTime.parse(body.occurrenceStart()),
                body.reason());
        return CarePlanResponses.change(series.view(seriesId), outcomes, "CANCELLED");
    }

    private List<BookingState> currentBookings(SeriesView view) {
        return view.occurrences().stream()
                .filter(o -> o.bookingId() != null)
                .map(o -> bookings.current(o.bookingId()))
                .toList();
    }

    /** {@code every} as ISO weeks ("P2W"), or sessions a week; exactly one of the two. */
    static Cadence cadence(String every, Integer sessionsPerWeek) {
        if ((every == null) == (sessionsPerWeek == null)) {
            throw new IllegalArgumentException("give either 'every' (P1W, P2W, P4W) or 'sessionsPerWeek' (1-3)");
        }
        if (sessionsPerWeek != null) {
            return Cadence.perWeek(sessionsPerWeek);
        }
        try {
            Period period = Period.parse(every);
            if (period.getYears() != 0 || period.getMonths() != 0 || period.getDays() % 7 != 0) {
                throw new IllegalArgumentException("'every' is a whole number of weeks: P1W, P2W or P4W");
            }
            return Cadence.everyWeeks(period.getDays() / 7);
        } catch (DateTimeException notAPeriod) {
            throw new IllegalArgumentException("'every' is a whole number of weeks: P1W, P2W or P4W");
        }
    }
}

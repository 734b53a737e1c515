package com.migrainecare.booking.audit;

import com.migrainecare.booking.booking.BookingState;
import com.migrainecare.booking.web.PageResponse;
import com.migrainecare.booking.web.ResponseTimes;
import com.migrainecare.kernel.booking.BookingStatus;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.Ids;
import com.migrainecare.platform.access.Narrowing;
import com.migrainecare.platform.access.Scopes;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log, views as they stood at an instant, and the hash chain's verification; for admins and managers
 * (who is allowed what is the access package's {@code AuditRules}; the log is narrowed to a manager's locations).
 */
@RestController
@RequestMapping("/api/audit")
public class AuditController {

    private final AuditQueries queries;
    private final BookingTimeline timeline;
    private final ResourceDays days;
    private final ChainVerifier verifier;

    private final Scopes scopes;

    AuditController(
            AuditQueries queries, BookingTimeline timeline, ResourceDays days, ChainVerifier verifier, Scopes scopes) {
        this.scopes = scopes;
        this.queries = queries;
        this.timeline = timeline;
        this.days = days;
        this.verifier = verifier;
    }

    /** The query parameters of the log, as bound from the request. */
    public record Params(
            @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String locationId,
            @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String therapistId,
            @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String clientId,
            @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String bookingId,
            @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String roomId,
            @Size(max = 200) String actor,
            @Size(max = 64) @Pattern(regexp = "[A-Za-z]+") String type,
            @DateTimeFormat(iso = ISO.DATE_TIME) Instant from,
            @DateTimeFormat(iso = ISO.DATE_TIME) Instant to,
            @DateTimeFormat(iso = ISO.DATE_TIME) Instant asOf) {

        AuditFilter filter() {
            return new AuditFilter(locationId, therapistId, clientId, bookingId, roomId, actor, type, from, to, asOf);
        }
    }

    /** A booking as it stood at {@code asOf}. */
    public record BookingAsOf(
            String id,
            String clientId,
            String therapistId,
            String locationId,
            String roomId,
            Technique technique,
            Set<Technique> adjuncts,
            BookingStatus status,
            String start,
            String end,
            Duration duration,
            long version,
            Instant asOf) {}

    /** A therapist's or room's sessions on a date, as they stood at {@code asOf}. */
    public record DayAsOf(String id, LocalDate date, Instant asOf, List<BookingAsOf> sessions) {}

    @GetMapping("/events")
    PageResponse<AuditEntry> events(
            @Valid @ParameterObject @ModelAttribute Params params,
            @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "2147483647"))
                    @RequestParam(defaultValue = "0")
                    int page,
            @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "200"))
                    @RequestParam(defaultValue = "20")
                    int size) {
        PageResponse.validate(page, size);
        AuditQueries.Page result = queries.page(params.filter(), Narrowing.of(scopes.current()), page, size);
        return PageResponse.of(result.content(), page, size, result.total());
    }

    @GetMapping("/events.csv")
    void csv(@Valid @ParameterObject @ModelAttribute Params params, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-events.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (Stream<AuditEntry> entries = queries.stream(params.filter(), Narrowing.of(scopes.current()))) {
            AuditCsv.write(entries, out);
        }
    }

    @GetMapping("/verify")
    ChainVerifier.Verdict verify() {
        return verifier.verify();
    }

    @GetMapping("/bookings/{id}")
    BookingAsOf booking(
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id,
            @RequestParam @DateTimeFormat(iso = ISO.DATE_TIME) Instant asOf) {
        return view(timeline.asOf(id, asOf), asOf);
    }

    @GetMapping("/therapists/{id}/day")
    DayAsOf therapistDay(
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id,
            @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate date,
            @RequestParam @DateTimeFormat(iso = ISO.DATE_TIME) Instant asOf) {
        return day(ResourceDays.Kind.THERAPIST, id, date, asOf);
    }

    @GetMapping("/rooms/{id}/day")
    DayAsOf roomDay(
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id,
            @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate date,
            @RequestParam @DateTimeFormat(iso = ISO.DATE_TIME) Instant asOf) {
        return day(ResourceDays.Kind.ROOM, id, date, asOf);
    }

    private DayAsOf day(ResourceDays.Kind kind, String id, LocalDate date, Instant asOf) {
        List<BookingAsOf> sessions = days.day(kind, id, date, asOf).stream()
                .map(booking -> view(booking, asOf))
                .toList();
        return new DayAsOf(id, date, asOf, sessions);
    }

    private static BookingAsOf view(BookingState state, Instant asOf) {
        var placement = state.placement();
        return new BookingAsOf(
                state.bookingId().value(),
                state.clientId().value(),
                placement.therapistId().value(),
                placement.locationId().value(),
                placement.roomId().value(),
                state.technique(),
                state.adjuncts(),
                state.status(),
                ResponseTimes.local(placement.slot().start(), placement.zone()),
                ResponseTimes.local(placement.slot().end(), placement.zone()),
                placement.slot().duration(),
                state.version(),
                asOf);
    }
}

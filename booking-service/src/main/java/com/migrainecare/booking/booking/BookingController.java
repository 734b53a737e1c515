package com.migrainecare.booking.booking;

import com.migrainecare.booking.web.IfMatch;
import com.migrainecare.booking.web.PageResponse;
import com.migrainecare.booking.web.ResponseTimes;
import com.migrainecare.kernel.booking.BookingStatus;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.Ids;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.RequestedTime;
import com.migrainecare.platform.access.Narrowing;
import com.migrainecare.platform.access.Scopes;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sessions over HTTP: book, read, list, move, cancel, check in, complete, record a no-show, history. */
@RestController
@RequestMapping("/api/bookings")
public class BookingController {

    private final BookingService service;
    private final BookingQueries queries;
    private final Scopes scopes;

    public BookingController(BookingService service, BookingQueries queries, Scopes scopes) {
        this.service = service;
        this.queries = queries;
        this.scopes = scopes;
    }

    /** The body of a booking request. */
    public record BookBody(
            @NotNull @Size(max = 64) String clientId,
            @NotNull @Size(max = 64) String therapistId,
            @NotNull @Size(max = 64) String locationId,
            @Size(max = 64) String roomId,
            @NotNull Technique technique,
            @Size(max = 2) Set<Technique> adjuncts,
            Boolean includesNeck,
            @NotNull @Size(max = 64) String start,

            @NotNull @Schema(type = "string", format = "duration", example = "PT45M")
            Duration duration,

            @Size(max = 500) String clearanceOverrideReason,
            @Size(max = 500) String reason) {}

    /** The body of a reschedule request. */
    public record MoveBody(
            @NotNull @Size(max = 64) String start,
            @Size(max = 64) String therapistId,
            @Size(max = 64) String locationId,
            @Size(max = 64) String roomId,

            @Schema(type = "string", format = "duration", example = "PT45M")
            Duration duration,

            @Size(max = 500) String reason) {}

    /** The optional body of a state change. */
    public record ReasonBody(@Size(max = 500) String reason) {}

    /** A booking as the API shows it. */
    public record BookingResponse(
            String id,
            String clientId,
            String therapistId,
            String locationId,
            String roomId,
            Technique technique,
            Set<Technique> adjuncts,
            boolean includesNeck,
            BookingStatus status,
            String start,
            String end,
            Duration duration,
            long version) {}

    /** One entry of a booking's history; {@code at} is the event's time. */
    public record HistoryEntryResponse(
            long seq, String type, String at, String actor, String reason, BookingHistory.Changes changes) {

        static HistoryEntryResponse of(BookingHistory.Entry entry) {
            return new HistoryEntryResponse(
                    entry.seq(), entry.type(), entry.at().toString(), entry.actor(), entry.reason(), entry.changes());
        }
    }

    @PostMapping
    ResponseEntity<BookingResponse> book(@Valid @RequestBody BookBody body) {
        SessionRequest request = new SessionRequest(
                new ClientId(body.clientId()),
                new TherapistId(body.therapistId()),
                new LocationId(body.locationId()),
                body.roomId() == null ? null : new RoomId(body.roomId()),
                body.technique(),
                body.adjuncts() == null ? Set.of() : body.adjuncts(),
                !Boolean.FALSE.equals(body.includesNeck()),
                RequestedTime.parse(body.start()),
                body.duration(),
                body.clearanceOverrideReason());
        BookingState booked = service.book(request, body.reason());
        return ResponseEntity.created(URI.create("/api/bookings/" + booked.bookingId()))
                .eTag(IfMatch.etag(booked.version()))
                .body(fromState(booked));
    }

    @GetMapping("/{id}")
    ResponseEntity<BookingResponse> get(@PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id) {
        BookingResponse booking = fromView(queries.get(new BookingId(id)));
        return ResponseEntity.ok().eTag(IfMatch.etag(booking.version())).body(booking);
    }

    @GetMapping
    PageResponse<BookingResponse> list(
            @RequestParam(required = false) @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String clientId,
            @RequestParam(required = false) @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String therapistId,
            @RequestParam(required = false) @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String locationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(required = false) BookingStatus status,
            @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "2147483647"))
                    @RequestParam(defaultValue = "0")
                    int page,
            @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "200"))
                    @RequestParam(defaultValue = "20")
                    int size) {
        PageResponse.validate(page, size);
        BookingQueries.Page result = queries.list(
                new BookingQueries.Filter(clientId, therapistId, locationId, from, to, status),
                Narrowing.of(scopes.current()),
                page,
                size);
        return PageResponse.of(
                result.content().stream().map(BookingController::fromView).toList(), page, size, result.total());
    }

    @PostMapping("/{id}/reschedule")
    ResponseEntity<BookingResponse> reschedule(
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id,
            @RequestHeader(value = "If-Match", required = false) @Size(max = 40) String ifMatch,
            @Valid @RequestBody MoveBody body) {
        MoveRequest move = new MoveRequest(
                RequestedTime.parse(body.start()),
                body.therapistId() == null ? null : new TherapistId(body.therapistId()),
                body.locationId() == null ? null : new LocationId(body.locationId()),
                body.roomId() == null ? null : new RoomId(body.roomId()),
                body.duration());
        return respond(service.reschedule(new BookingId(id), move, IfMatch.version(ifMatch), body.reason()));
    }

    @PostMapping("/{id}/cancel")
    ResponseEntity<BookingResponse> cancel(
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id,
            @RequestHeader(value = "If-Match", required = false) @Size(max = 40) String ifMatch,
            @Valid @RequestBody(required = false) ReasonBody body) {
        return respond(service.cancel(new BookingId(id), IfMatch.version(ifMatch), reason(body)));
    }

    @PostMapping("/{id}/check-in")
    ResponseEntity<BookingResponse> checkIn(
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id,
            @RequestHeader(value = "If-Match", required = false) @Size(max = 40) String ifMatch,
            @Valid @RequestBody(required = false) ReasonBody body) {
        return respond(service.checkIn(new BookingId(id), IfMatch.version(ifMatch), reason(body)));
    }

    @PostMapping("/{id}/complete")
    ResponseEntity<BookingResponse> complete(
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id,
            @RequestHeader(value = "If-Match", required = false) @Size(max = 40) String ifMatch,
            @Valid @RequestBody(required = false) ReasonBody body) {
        return respond(service.complete(new BookingId(id), IfMatch.version(ifMatch), reason(body)));
    }

    @PostMapping("/{id}/no-show")
    ResponseEntity<BookingResponse> noShow(
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id,
            @RequestHeader(value = "If-Match", required = false) @Size(max = 40) String ifMatch,
            @Valid @RequestBody(required = false) ReasonBody body) {
        return respond(service.noShow(new BookingId(id), IfMatch.version(ifMatch), reason(body)));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntryResponse> history(@PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id) {
        return queries.history(new BookingId(id)).stream()
                .map(HistoryEntryResponse::of)
                .toList();
    }

    private static String reason(ReasonBody body) {
        return body == null ? null : body.reason();
    }

    private static ResponseEntity<BookingResponse> respond(BookingState state) {
        return ResponseEntity.ok().eTag(IfMatch.etag(state.version())).body(fromState(state));
    }

    public static BookingResponse fromState(BookingState state) {
        var placement = state.placement();
        return new BookingResponse(
                state.bookingId().value(),
                state.clientId().value(),
                placement.therapistId().value(),
                placement.locationId().value(),
                placement.roomId().value(),
                state.technique(),
                state.adjuncts(),
                state.includesNeck(),
                state.status(),
                ResponseTimes.local(placement.slot().start(), placement.zone()),
                ResponseTimes.local(placement.slot().end(), placement.zone()),
                placement.slot().duration(),
                state.version());
    }

    static BookingResponse fromView(BookingView view) {
        return new BookingResponse(
                view.id(),
                view.clientId(),
                view.therapistId(),
                view.locationId(),
                view.roomId(),
                view.technique(),
                new LinkedHashSet<>(Objects.requireNonNullElse(view.adjuncts(), List.of())),
                view.includesNeck(),
                view.status(),
                ResponseTimes.local(view.start(), view.zone()),
                ResponseTimes.local(view.end(), view.zone()),
                Duration.between(view.start(), view.end()),
                view.version());
    }
}

package com.migrainecare.booking.waitlist;

import com.migrainecare.booking.booking.BookingState;
import com.migrainecare.booking.chain.LocationDirectory;
import com.migrainecare.booking.web.ResponseTimes;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.Ids;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.WaitlistEntryId;
import com.migrainecare.kernel.time.RequestedTime;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The waitlist over HTTP: join, read, leave, and accept or decline the slot offered. */
@RestController
@RequestMapping("/api/waitlist")
public class WaitlistController {

    private final WaitlistService service;
    private final WaitlistQueries queries;
    private final LocationDirectory locations;

    public WaitlistController(WaitlistService service, WaitlistQueries queries, LocationDirectory locations) {
        this.service = service;
        this.queries = queries;
        this.locations = locations;
    }

    public record JoinBody(
            @NotBlank @Size(max = 64) @Pattern(regexp = Ids.PATTERN)
            String clientId,

            @NotNull Technique technique,
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String> locationIds,
            @NotBlank @Size(max = 40) String from,
            @NotBlank @Size(max = 40) String to,
            @Size(max = 500) String reason) {}

    public record ReasonBody(@Size(max = 500) String reason) {}

    public record OfferResponse(
            String locationId,
            String therapistId,
            String roomId,
            String start,
            String end,
            String offeredAt,
            String holdUntil,
            WaitlistEntryView.Outcome outcome,
            String endedAt) {}

    public record EntryResponse(
            String id,
            String clientId,
            Technique technique,
            List<String> locationIds,
            String from,
            String to,
            WaitlistStatus status,
            String joinedAt,
            OfferResponse offer,
            String bookingId,
            List<OfferResponse> offers,
            List<WaitlistEntryView.Change> history) {}

    public record AcceptedResponse(
            String entryId,
            String bookingId,
            String clientId,
            String therapistId,
            String locationId,
            String roomId,
            Technique technique,
            String start,
            String end,
            long version) {}

    public record LeftResponse(String id, String status) {}

    @PostMapping
    ResponseEntity<EntryResponse> join(@Valid @RequestBody JoinBody body) {
        List<LocationId> at = body.locationIds().stream().map(LocationId::new).toList();
        WaitlistEntryId entry = service.join(
                new WaitlistService.Wish(
                        new ClientId(body.clientId()),
                        body.technique(),
                        at,
                        RequestedTime.parse(body.from()),
                        RequestedTime.parse(body.to())),
                body.reason());
        ZoneId zone = locations.get(at.get(0)).timeZone();
        RequestedTime from = RequestedTime.parse(body.from());
        RequestedTime to = RequestedTime.parse(body.to());
        return ResponseEntity.created(URI.create("/api/waitlist/" + entry))
                .body(new EntryResponse(
                        entry.value(),
                        body.clientId(),
                        body.technique(),
                        at.stream().map(LocationId::value).distinct().toList(),
                        ResponseTimes.local(from.resolveIn(zone), zone),
                        ResponseTimes.local(to.resolveIn(zone), zone),
                        WaitlistStatus.WAITING,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of()));
    }

    @GetMapping("/{id}")
    EntryResponse get(@PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id) {
        return queries.get(new WaitlistEntryId(id).value())
                .map(this::response)
                .orElseThrow(
                        () -> new RuleViolation(ErrorCode.WAITLIST_ENTRY_NOT_FOUND, "no such waitlist entry: " + id));
    }

    @GetMapping
    List<EntryResponse> list(
            @RequestParam(required = false) @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String clientId,
            @RequestParam(required = false) @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String locationId,
            @RequestParam(required = false) WaitlistStatus status) {
        return queries.list(clientId, locationId, status).stream()
                .map(this::response)
                .toList();
    }

    @PostMapping("/{id}/leave")
    LeftResponse leave(
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id,
            @Valid @RequestBody(required = false) ReasonBody body) {
        service.leave(new WaitlistEntryId(id), reason(body));
        return new LeftResponse(id, WaitlistStatus.LEFT.name());
    }

    @DeleteMapping("/{id}")
    LeftResponse delete(
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id,
            @RequestParam(required = false) @Size(max = 500) String reason) {
        service.leave(new WaitlistEntryId(id), reason);
        return new LeftResponse(id, WaitlistStatus.LEFT.name());
    }

    @PostMapping("/{id}/offer/accept")
    ResponseEntity<AcceptedResponse> accept(
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id,
            @Valid @RequestBody(required = false) ReasonBody body) {
        BookingState booked = service.accept(new WaitlistEntryId(id), reason(body));
        var placement = booked.placement();
        return ResponseEntity.created(URI.create("/api/bookings/" + booked.bookingId()))
                .body(new AcceptedResponse(
                        id,
                        booked.bookingId().value(),
                        booked.clientId().value(),
                        placement.therapistId().value(),
                        placement.locationId().value(),
                        placement.roomId().value(),
                        booked.technique(),
                        ResponseTimes.local(placement.slot().start(), placement.zone()),
                        ResponseTimes.local(placement.slot().end(), placement.zone()),
                        booked.version()));
    }

    @PostMapping("/{id}/offer/decline")
    LeftResponse decline(
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id,
            @Valid @RequestBody(required = false) ReasonBody body) {
        service.decline(new WaitlistEntryId(id), reason(body));
        return new LeftResponse(id, WaitlistStatus.WAITING.name());
    }

    private EntryResponse response(WaitlistEntryView view) {
        ZoneId zone = locations.get(new LocationId(view.locationIds().get(0))).timeZone();
        return new EntryResponse(
                view.id(),
                view.clientId(),
                view.technique(),
                view.locationIds(),
                ResponseTimes.local(view.from(), zone),
                ResponseTimes.local(view.to(), zone),
                view.status(),
                instant(view.joinedAt()),
                view.offer() == null ? null : offer(view.offer()),
                view.bookingId(),
                view.offers().stream().map(this::offer).toList(),
                view.history());
    }

    private OfferResponse offer(WaitlistEntryView.Offer offer) {
        ZoneId zone = locations.get(new LocationId(offer.locationId())).timeZone();
        return new OfferResponse(
                offer.locationId(),
                offer.therapistId(),
                offer.roomId(),
                ResponseTimes.local(offer.start(), zone),
                ResponseTimes.local(offer.end(), zone),
                instant(offer.offeredAt()),
                ResponseTimes.local(offer.holdUntil(), zone),
                offer.outcome(),
                instant(offer.endedAt()));
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String reason(ReasonBody body) {
        return body == null ? null : body.reason();
    }
}

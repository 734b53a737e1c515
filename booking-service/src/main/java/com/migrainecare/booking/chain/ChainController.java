package com.migrainecare.booking.chain;

import com.migrainecare.booking.chain.LocationProjection.LocationView;
import com.migrainecare.booking.chain.TherapistProjection.TherapistView;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.chain.CancellationPolicy;
import com.migrainecare.kernel.chain.LocationCommand.CreateLocation;
import com.migrainecare.kernel.chain.Room;
import com.migrainecare.kernel.chain.TherapistCommand.AddShift;
import com.migrainecare.kernel.chain.TherapistCommand.AddTimeOff;
import com.migrainecare.kernel.chain.TherapistCommand.RegisterTherapist;
import com.migrainecare.kernel.chain.WeeklyShift;
import com.migrainecare.kernel.ids.Ids;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.RequestedTime;
import com.migrainecare.kernel.time.TimeSlot;
import com.migrainecare.platform.axon.Commands;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Setting up the chain: locations with rooms, therapists, their shifts and time off. */
@RestController
public class ChainController {

    private final Commands commands;
    private final LocationDirectory locations;
    private final ChainQueries queries;
    private final TravelProperties travel;

    public ChainController(
            Commands commands, LocationDirectory locations, ChainQueries queries, TravelProperties travel) {
        this.commands = commands;
        this.locations = locations;
        this.queries = queries;
        this.travel = travel;
    }

    /** A new location. */
    public record LocationBody(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 64) String timeZone,
            @NotEmpty @Size(max = 100) List<@Valid RoomBody> rooms,

            @Schema(type = "string", format = "duration", example = "PT45M")
            Duration freeCancellationNotice,

            @Size(max = 500) String reason) {}

    /** A room of a new location. */
    public record RoomBody(@NotBlank @Size(max = 100) String name) {}

    /** A new therapist. */
    public record TherapistBody(
            @NotBlank @Size(max = 200) String name,
            @NotEmpty @Size(max = 32) Set<Technique> techniques,
            @Size(max = 320) String email,
            @Size(max = 500) String reason) {}

    /** A weekly shift, in the location's wall-clock time. */
    public record ShiftBody(
            @NotNull @Size(max = 64) String locationId,
            @NotEmpty @Size(max = 32) Set<DayOfWeek> days,

            @NotNull @Schema(type = "string", format = "time", example = "09:00")
            LocalTime from,

            @NotNull @Schema(type = "string", format = "time", example = "09:00")
            LocalTime to,

            @NotNull LocalDate validFrom,
            LocalDate validUntil,
            @Size(max = 500) String reason) {}

    /**
     * A shift as created, shaped as the therapist's shifts are read ({@code "09:00"}); {@code shiftId} repeats
     * {@code id} for clients written before it was there.
     */
    public record ShiftResponse(
            String id,
            String shiftId,
            String locationId,
            String zone,
            List<DayOfWeek> days,
            String from,
            String to,
            LocalDate validFrom,
            LocalDate validUntil) {

        static ShiftResponse of(WeeklyShift shift) {
            return new ShiftResponse(
                    shift.shiftId(),
                    shift.shiftId(),
                    shift.locationId().value(),
                    shift.zone().getId(),
                    shift.days().stream().sorted().toList(),
                    shift.from().toString(),
                    shift.to().toString(),
                    shift.validFrom(),
                    shift.validUntil());
        }
    }

    /** A block of time off; times without an offset are read in UTC. */
    public record TimeOffBody(
            @NotNull @Size(max = 64) String start,
            @NotNull @Size(max = 64) String end,
            @Size(max = 500) String reason) {}

    @PostMapping("/api/locations")
    ResponseEntity<LocationView> createLocation(@Valid @RequestBody LocationBody body) {
        ZoneId zone = zone(body.timeZone());
        LocationId id = LocationId.random();
        List<Room> rooms = body.rooms().stream()
                .map(room -> new Room(RoomId.random(), room.name()))
                .toList();
        CancellationPolicy policy = body.freeCancellationNotice() == null
                ? CancellationPolicy.STANDARD
                : new CancellationPolicy(body.freeCancellationNotice());
        commands.send(new CreateLocation(id, body.name(), zone, rooms, policy), body.reason());
        LocationView view = new LocationView(
                id.value(),
                body.name(),
                zone.getId(),
                rooms.stream()
                        .map(room -> new LocationProjection.RoomView(room.id().value(), room.name()))
                        .toList(),
                policy.freeCancellationNotice().toString());
        return ResponseEntity.created(URI.create("/api/locations/" + id)).body(view);
    }

    @GetMapping("/api/locations")
    List<LocationView> listLocations() {
        return queries.locations();
    }

    @GetMapping("/api/locations/{id}")
    LocationView getLocation(@PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id) {
        return queries.location(new LocationId(id));
    }

    @PostMapping("/api/therapists")
    ResponseEntity<Map<String, Object>> registerTherapist(@Valid @RequestBody TherapistBody body) {
        TherapistId id = TherapistId.random();
        commands.send(new RegisterTherapist(id, body.name(), body.techniques(), body.email()), body.reason());
        return ResponseEntity.created(URI.create("/api/therapists/" + id))
                .body(Map.of("id", id.value(), "name", body.name(), "techniques", body.techniques()));
    }

    @GetMapping("/api/therapists")
    List<TherapistView> listTherapists() {
        return queries.therapists();
    }

    @GetMapping("/api/therapists/{id}")
    TherapistView getTherapist(@PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id) {
        return queries.therapist(new TherapistId(id));
    }

    @PostMapping("/api/therapists/{id}/shifts")
    ResponseEntity<ShiftResponse> addShift(
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id,
            @Valid @RequestBody ShiftBody body) {
        LocationDetails location = locations.get(new LocationId(body.locationId()));
        if (!body.from().isBefore(body.to())) {
            throw new RuleViolation(
                    ErrorCode.INVALID_SHIFT, "a shift must end after it starts (overnight shifts are" + " two shifts)");
        }
        if (body.validUntil() != null && body.validUntil().isBefore(body.validFrom())) {
            throw new RuleViolation(ErrorCode.INVALID_SHIFT, "validUntil is before validFrom");
        }
        WeeklyShift shift = new WeeklyShift(
                UUID.randomUUID().toString(),
                location.locationId(),
                location.timeZone(),
                body.days(),
                body.from(),
                body.to(),
                body.validFrom(),
                body.validUntil());
        sendToTherapist(new AddShift(new TherapistId(id), shift, travel.buffers()), body.reason());
        return ResponseEntity.created(URI.create("/api/therapists/" + id + "/shifts/" + shift.shiftId()))
                .body(ShiftResponse.of(shift));
    }

    @PostMapping("/api/therapists/{id}/time-off")
    ResponseEntity<Map<String, Object>> addTimeOff(
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id,
            @Valid @RequestBody TimeOffBody body) {
        TimeSlot slot;
        try {
            slot = new TimeSlot(
                    RequestedTime.parse(body.start()).resolveIn(ZoneId.of("UTC")),
                    RequestedTime.parse(body.end()).resolveIn(ZoneId.of("UTC")));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(ErrorCode.INVALID_REQUEST, e.getMessage());
        }
        String timeOffId = UUID.randomUUID().toString();
        sendToTherapist(new AddTimeOff(new TherapistId(id), timeOffId, slot, body.reason()), body.reason());
        return ResponseEntity.created(URI.create("/api/therapists/" + id + "/time-off/" + timeOffId))
                .body(Map.of(
                        "id",
                        timeOffId,
                        "start",
                        slot.start().toString(),
                        "end",
                        slot.end().toString()));
    }

    private void sendToTherapist(Object command, String reason) {
        commands.send(command, reason, ErrorCode.THERAPIST_NOT_FOUND);
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new RuleViolation(
                    ErrorCode.INVALID_REQUEST,
                    "unknown time zone: " + id + " (use an IANA name such as Europe/Berlin)");
        }
    }
}

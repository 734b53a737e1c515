package com.migrainecare.booking.availability;

import com.migrainecare.booking.availability.AvailabilityService.FreeSlot;
import com.migrainecare.booking.chain.LocationDirectory;
import com.migrainecare.booking.web.ResponseTimes;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.Ids;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.time.RequestedTime;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/availability}. Times without an offset are read in the location's zone when a location is
 * given, in UTC otherwise; results carry offset date-times in each location's zone.
 */
@RestController
public class AvailabilityController {

    private final AvailabilityService availability;
    private final LocationDirectory locations;

    public AvailabilityController(AvailabilityService availability, LocationDirectory locations) {
        this.availability = availability;
        this.locations = locations;
    }

    /** A free session as the API shows it. */
    public record FreeSlotView(String locationId, String therapistId, String roomId, String start, String end) {}

    @GetMapping("/api/availability")
    List<FreeSlotView> search(
            @RequestParam Technique technique,
            @RequestParam @Size(max = 40) String from,
            @RequestParam @Size(max = 40) String to,
            @Parameter(schema = @Schema(type = "string", format = "duration", example = "PT45M")) @RequestParam
                    Duration duration,
            @RequestParam(required = false) @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String locationId,
            @RequestParam(required = false) @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String therapistId,
            @Parameter(schema = @Schema(type = "string", format = "duration", example = "PT15M"))
                    @RequestParam(defaultValue = "PT15M")
                    Duration step,
            @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "500"))
                    @RequestParam(defaultValue = "100")
                    int limit) {
        if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofHours(4)) > 0) {
            throw new RuleViolation(ErrorCode.INVALID_REQUEST, "duration must be more than 0 and at most 4 hours");
        }
        if (step.compareTo(Duration.ofMinutes(5)) < 0) {
            throw new RuleViolation(ErrorCode.INVALID_REQUEST, "step must be at least 5 minutes");
        }
        if (limit < 1 || limit > 500) {
            throw new RuleViolation(ErrorCode.INVALID_REQUEST, "limit must be between 1 and 500");
        }
        ZoneId zone = locationId == null
                ? ZoneOffset.UTC
                : locations.get(new LocationId(locationId)).timeZone();
        var search = new AvailabilityService.Search(
                technique,
                RequestedTime.parse(from).resolveIn(zone),
                RequestedTime.parse(to).resolveIn(zone),
                duration,
                locationId,
                therapistId,
                step,
                limit);
        Map<String, ZoneId> zones = new HashMap<>();
        return availability.search(search).stream()
                .map(slot -> view(slot, zones.computeIfAbsent(slot.locationId(), id -> locations
                        .get(new LocationId(id))
                        .timeZone())))
                .toList();
    }

    private static FreeSlotView view(FreeSlot slot, ZoneId zone) {
        return new FreeSlotView(
                slot.locationId(),
                slot.therapistId(),
                slot.roomId(),
                ResponseTimes.local(slot.start(), zone),
                ResponseTimes.local(slot.end(), zone));
    }
}

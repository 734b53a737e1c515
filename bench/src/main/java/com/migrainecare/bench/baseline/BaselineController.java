package com.migrainecare.bench.baseline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Book (check, then insert), search free slots, list locations, and a public liveness answer. */
@RestController
class BaselineController {

    private final BaselineBookings bookings;
    private final BaselineLocations locations;

    BaselineController(BaselineBookings bookings, BaselineLocations locations) {
        this.bookings = bookings;
        this.locations = locations;
    }

    /** A booking request, as the booking service takes it. */
    record BookBody(
            String clientId,
            String therapistId,
            String locationId,
            String roomId,
            String technique,
            String start,
            Duration duration) {}

    /** A free slot, as the booking service shows it. */
    record FreeSlot(String locationId, String therapistId, String roomId, String start, String end) {}

    @PostMapping("/api/bookings")
    ResponseEntity<Object> book(@RequestBody BookBody body) {
        BaselineLocation location = locations.findById(body.locationId()).orElse(null);
        if (location == null || body.roomId() == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("code", "LOCATION_NOT_FOUND"));
        }
        ZoneId zone = ZoneId.of(location.timeZone());
        Instant start = instant(body.start(), zone);
        Instant end = start.plus(body.duration());
        if (bookings.existsOverlap(start, end, body.therapistId(), body.roomId(), body.clientId())) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("code", "OVERLAP"));
        }
        BaselineBooking saved = bookings.insert(new BaselineBooking(
                UUID.randomUUID().toString(),
                body.clientId(),
                body.therapistId(),
                body.locationId(),
                body.roomId(),
                body.technique(),
                start,
                end,
                "CONFIRMED"));
        return ResponseEntity.status(HttpStatus.CREATED).body(saved);
    }

    @GetMapping("/api/availability")
    ResponseEntity<Object> availability(
            @RequestParam String from,
            @RequestParam String to,
            @RequestParam Duration duration,
            @RequestParam String locationId,
            @RequestParam(defaultValue = "PT15M") Duration step,
            @RequestParam(defaultValue = "100") int limit) {
        BaselineLocation location = locations.findById(locationId).orElse(null);
        if (location == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("code", "LOCATION_NOT_FOUND"));
        }
        ZoneId zone = ZoneId.of(location.timeZone());
        Instant windowStart = instant(from, zone);
        Instant windowEnd = instant(to, zone);
        List<BaselineBooking> taken = bookings.atLocationBetween(locationId, windowStart, windowEnd);
        List<FreeSlot> free = new ArrayList<>();
        for (Instant start = windowStart;
                !start.plus(duration).isAfter(windowEnd) && free.size() < limit;
                start = start.plus(step)) {
            Instant end = start.plus(duration);
            for (String therapist : location.therapistIds()) {
                if (busy(taken, start, end, therapist, null)) {
                    continue;
                }
                for (BaselineLocation.Room room : location.rooms()) {
                    if (!busy(taken, start, end, null, room.id())) {
                        free.add(new FreeSlot(
                                locationId,
                                therapist,
                                room.id(),
                                start.atZone(zone).toOffsetDateTime().toString(),
                                end.atZone(zone).toOffsetDateTime().toString()));
                        break;
                    }
                }
                if (free.size() >= limit) {
                    break;
                }
            }
        }
        return ResponseEntity.ok(free);
    }

    @GetMapping("/api/locations")
    List<BaselineLocation> locations() {
        return locations.findAll();
    }

    @GetMapping("/actuator/health/liveness")
    Map<String, String> liveness() {
        return Map.of("status", "UP");
    }

    private static boolean busy(
            List<BaselineBooking> taken, Instant start, Instant end, String therapist, String room) {
        for (BaselineBooking booking : taken) {
            boolean same = therapist != null ? therapist.equals(booking.therapistId()) : room.equals(booking.roomId());
            if (same && booking.start().isBefore(end) && booking.end().isAfter(start)) {
                return true;
            }
        }
        return false;
    }

    private static Instant instant(String text, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        }
    }
}

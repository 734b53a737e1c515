package com.migrainecare.booking.availability;

import com.migrainecare.booking.chain.LocationProjection.LocationView;
import com.migrainecare.booking.chain.TherapistProjection;
import com.migrainecare.booking.chain.TherapistProjection.ShiftView;
import com.migrainecare.booking.chain.TherapistProjection.TherapistView;
import com.migrainecare.booking.chain.TherapistProjection.TimeOffView;
import com.migrainecare.booking.chain.TravelProperties;
import com.migrainecare.booking.claim.Claim;
import com.migrainecare.booking.claim.HeldTime;
import com.migrainecare.booking.claim.Resource;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.chain.TravelBuffers;
import com.migrainecare.kernel.chain.WeeklyShift;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Finds free sessions: for each qualified therapist and each of their shifts in the window, candidate starts
 * on a grid from the shift's start, dropped when they touch time off, another session (with travel time from
 * other locations), time held for a waitlist offer, or when no room at the location is free. Reads are point lookups by {@code _id}.
 */
@Service
public class AvailabilityService {

    static final Duration LONGEST_WINDOW = Duration.ofDays(31);

    private final MongoTemplate mongo;
    private final TravelProperties travel;
    private final HeldTime held;
    private final Clock clock;

    public AvailabilityService(MongoTemplate mongo, TravelProperties travel, HeldTime held, Clock clock) {
        this.mongo = mongo;
        this.travel = travel;
        this.held = held;
        this.clock = clock;
    }

    /** One free session. */
    public record FreeSlot(String locationId, String therapistId, String roomId, Instant start, Instant end) {}

    /** What to search for. */
    public record Search(
            Technique technique,
            Instant from,
            Instant to,
            Duration duration,
            String locationId,
            String therapistId,
            Duration step,
            int limit) {}

    public List<FreeSlot> search(Search search) {
        if (!search.from().isBefore(search.to())) {
            throw new RuleViolation(ErrorCode.INVALID_REQUEST, "'from' must be before 'to'");
        }
        if (Duration.between(search.from(), search.to()).compareTo(LONGEST_WINDOW) > 0) {
            throw new RuleViolation(ErrorCode.INVALID_REQUEST, "the search window may span at most 31 days");
        }
        // only bookable slots: a session must start in the future, so the window starts no earlier than now
        Instant now = clock.instant();
        if (!now.isBefore(search.to())) {
            return List.of();
        }
        TimeSlot window = new TimeSlot(search.from().isAfter(now) ? search.from() : now, search.to());
        Lookups lookups = new Lookups(held.overlapping(window));
        List<FreeSlot> found = new ArrayList<>();
        for (TherapistView therapist : therapists(search)) {
            for (ShiftView shift : therapist.shifts()) {
                if (search.locationId() == null || search.locationId().equals(shift.locationId())) {
                    collect(search, window, therapist, shift, lookups, found);
                }
            }
        }
        return found.stream()
                .sorted(Comparator.comparing(FreeSlot::start)
                        .thenComparing(FreeSlot::therapistId)
                        .thenComparing(FreeSlot::locationId))
                .limit(search.limit())
                .toList();
    }

    private List<TherapistView> therapists(Search search) {
        if (search.therapistId() != null) {
            return Optional.ofNullable(mongo.findById(search.therapistId(), TherapistView.class))
                    .filter(t -> t.techniques().contains(search.technique()))
                    .stream()
                    .toList();
        }
        return mongo.findAll(TherapistView.class, TherapistProjection.COLLECTION).stream()
                .filter(t -> t.techniques().contains(search.technique()))
                .toList();
    }

    private void collect(
            Search search,
            TimeSlot window,
            TherapistView therapist,
            ShiftView view,
            Lookups lookups,
            List<FreeSlot> found) {
        WeeklyShift shift = toShift(view);
        LocationView location = lookups.location(view.locationId());
        if (location == null) {
            return;
        }
        TravelBuffers buffers = travel.buffers();
        LocationId here = new LocationId(view.locationId());
        LocalDate last = window.end().atZone(shift.zone()).toLocalDate();
        for (LocalDate date = window.start().atZone(shift.zone()).toLocalDate();
                !date.isAfter(last);
                date = date.plusDays(1)) {
            Optional<TimeSlot> hours = shift.on(date);
            if (hours.isEmpty()) {
                continue;
            }
            for (Instant start = hours.get().start();
                    !start.plus(search.duration()).isAfter(hours.get().end());
                    start = start.plus(search.step())) {
                TimeSlot slot = TimeSlot.of(start, search.duration());
                if (!slot.within(window)
                        || onTimeOff(therapist, slot)
                        || lookups.held(Resource.of(new TherapistId(therapist.id())), slot)
                        || lookups.therapistBusy(therapist.id(), slot, here, buffers)) {
                    continue;
                }
                lookups.freeRoom(location, slot)
                        .ifPresent(room -> found.add(
                                new FreeSlot(view.locationId(), therapist.id(), room, slot.start(), slot.end())));
            }
        }
    }

    private static boolean onTimeOff(TherapistView therapist, TimeSlot slot) {
        for (TimeOffView off : therapist.timeOff()) {
            if (new TimeSlot(off.start(), off.end()).overlaps(slot)) {
                return true;
            }
        }
        return false;
    }

    private static WeeklyShift toShift(ShiftView view) {
        Set<DayOfWeek> days = view.days().stream().map(DayOfWeek::valueOf).collect(Collectors.toSet());
        return new WeeklyShift(
                view.id(),
                new LocationId(view.locationId()),
                ZoneId.of(view.zone()),
                days,
                LocalTime.parse(view.from()),
                LocalTime.parse(view.to()),
                LocalDate.parse(view.validFrom()),
                view.validUntil() == null ? null : LocalDate.parse(view.validUntil()));
    }

    /**
     * Memoised point lookups for one search, and the time held for waitlist offers in its window: a held slot sits
     * in the claims table only, not in the busy days, and is offered to nobody but the offer's client.
     */
    private final class Lookups {
        private final Map<String, LocationView> locations = new HashMap<>();
        private final Map<String, List<Busy>> days = new HashMap<>();
        private final Map<Resource, List<TimeSlot>> heldTime;

        Lookups(List<Claim> heldClaims) {
            heldTime = heldClaims.stream()
                    .collect(Collectors.groupingBy(
                            Claim::resource, Collectors.mapping(Claim::slot, Collectors.toList())));
        }

        boolean held(Resource resource, TimeSlot slot) {
            return heldTime.getOrDefault(resource, List.of()).stream().anyMatch(taken -> taken.overlaps(slot));
        }

        LocationView location(String id) {
            return locations.computeIfAbsent(id, key -> mongo.findById(key, LocationView.class));
        }

        boolean therapistBusy(String therapistId, TimeSlot slot, LocationId here, TravelBuffers buffers) {
            Duration widest = buffers.byPair().values().stream()
                    .reduce(buffers.standard(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            TimeSlot reach = slot.widenedBy(widest);
            return busy(BusyDays.THERAPIST_DAYS, therapistId, reach).stream().anyMatch(b -> b.slot()
                    .widenedBy(
                            b.location() == null ? Duration.ZERO : buffers.between(new LocationId(b.location()), here))
                    .overlaps(slot));
        }

        Optional<String> freeRoom(LocationView location, TimeSlot slot) {
            return location.rooms().stream()
                    .map(room -> room.id())
                    .filter(room -> !held(Resource.of(new RoomId(room)), slot)
                            && busy(BusyDays.ROOM_DAYS, room, slot).stream()
                                    .noneMatch(b -> b.slot().overlaps(slot)))
                    .findFirst();
        }

        private List<Busy> busy(String collection, String resource, TimeSlot reach) {
            List<Busy> all = new ArrayList<>();
            for (LocalDate day : BusyDays.daysOf(reach)) {
                all.addAll(days.computeIfAbsent(
                        collection + "/" + BusyDays.key(resource, day),
                        key -> load(collection, BusyDays.key(resource, day))));
            }
            return all;
        }

        private List<Busy> load(String collection, String id) {
            Document doc = mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, collection);
            if (doc == null || !(doc.get("busy") instanceof Document busy)) {
                return List.of();
            }
            return busy.values().stream()
                    .map(Document.class::cast)
                    .map(entry -> new Busy(
                            new TimeSlot(
                                    entry.getDate("start").toInstant(),
                                    entry.getDate("end").toInstant()),
                            entry.getString("locationId")))
                    .toList();
        }
    }

    private record Busy(TimeSlot slot, String location) {}
}

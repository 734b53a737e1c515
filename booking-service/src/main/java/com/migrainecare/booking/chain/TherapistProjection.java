package com.migrainecare.booking.chain;

import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.chain.TherapistEvent.ShiftAdded;
import com.migrainecare.kernel.chain.TherapistEvent.TherapistRegistered;
import com.migrainecare.kernel.chain.TherapistEvent.TimeOffAdded;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/** The {@code therapists} read model: profile, shifts and time off, keyed by therapist id. */
@Component
@ProcessingGroup("read-models")
public class TherapistProjection {

    public static final String COLLECTION = "therapists";

    private final MongoTemplate mongo;

    public TherapistProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A therapist as the API and the availability search see them. */
    @Document(COLLECTION)
    public record TherapistView(
            @Id String id,
            String name,
            Set<Technique> techniques,
            String email,
            List<ShiftView> shifts,
            List<TimeOffView> timeOff) {

        TherapistView withProfile(String name, Set<Technique> techniques, String email) {
            return new TherapistView(id, name, techniques, email, shifts, timeOff);
        }

        /** Adds the shift, or puts it in the place of the one with its id: a replayed event changes nothing. */
        TherapistView withShift(ShiftView shift) {
            return new TherapistView(id, name, techniques, email, putById(shifts, shift, ShiftView::id), timeOff);
        }

        /** Adds the time off, or puts it in the place of the one with its id. */
        TherapistView withTimeOff(TimeOffView off) {
            return new TherapistView(id, name, techniques, email, shifts, putById(timeOff, off, TimeOffView::id));
        }

        private static <T> List<T> putById(List<T> items, T item, Function<T, String> idOf) {
            String itemId = idOf.apply(item);
            if (items.stream().noneMatch(other -> idOf.apply(other).equals(itemId))) {
                return Stream.concat(items.stream(), Stream.of(item)).toList();
            }
            return items.stream()
                    .map(other -> idOf.apply(other).equals(itemId) ? item : other)
                    .toList();
        }
    }

    /** A weekly shift at a location, in that location's wall-clock time. */
    public record ShiftView(
            String id,
            String locationId,
            String zone,
            List<String> days,
            String from,
            String to,
            String validFrom,
            String validUntil) {}

    /** A block of time off. */
    public record TimeOffView(String id, Instant start, Instant end, String reason) {}

    @EventHandler
    void on(TherapistRegistered event) {
        String id = event.therapistId().value();
        TherapistView current = mongo.findById(id, TherapistView.class);
        TherapistView registered = current == null
                ? new TherapistView(id, event.name(), event.techniques(), event.email(), List.of(), List.of())
                : current.withProfile(event.name(), event.techniques(), event.email());
        mongo.save(registered);
    }

    @EventHandler
    void on(ShiftAdded event) {
        var shift = event.shift();
        ShiftView view = new ShiftView(
                shift.shiftId(),
                shift.locationId().value(),
                shift.zone().getId(),
                shift.days().stream().sorted().map(Enum::name).toList(),
                shift.from().toString(),
                shift.to().toString(),
                shift.validFrom().toString(),
                shift.validUntil() == null ? null : shift.validUntil().toString());
        change(event.therapistId().value(), therapist -> therapist.withShift(view));
    }

    @EventHandler
    void on(TimeOffAdded event) {
        TimeOffView view = new TimeOffView(
                event.timeOffId(), event.slot().start(), event.slot().end(), event.reason());
        change(event.therapistId().value(), therapist -> therapist.withTimeOff(view));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    /** Changes a registered therapist, read and written by {@code _id}; there is nothing to change before. */
    private void change(String id, UnaryOperator<TherapistView> change) {
        TherapistView current = mongo.findById(id, TherapistView.class);
        if (current != null) {
            mongo.save(change.apply(current));
        }
    }
}

package com.migrainecare.booking.chain;

import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.chain.TherapistEvent.ShiftAdded;
import com.migrainecare.kernel.chain.TherapistEvent.TherapistRegistered;
import com.migrainecare.kernel.chain.TherapistEvent.TimeOffAdded;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
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
            List<TimeOffView> timeOff) {}

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
        mongo.upsert(
                byId(event.therapistId().value()),
                new Update()
                        .set("name", event.name())
                        .set("techniques", event.techniques())
                        .set("email", event.email())
                        .setOnInsert("shifts", List.of())
                        .setOnInsert("timeOff", List.of()),
                COLLECTION);
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
        // pull-then-push keeps a replayed event from adding the shift twice
        Query query = byId(event.therapistId().value());
        mongo.updateFirst(
                query,
                new Update()
                        .pull(
                                "shifts",
                                Query.query(Criteria.where("id").is(view.id())).getQueryObject()),
                COLLECTION);
        mongo.updateFirst(query, new Update().push("shifts", view), COLLECTION);
    }

    @EventHandler
    void on(TimeOffAdded event) {
        TimeOffView view = new TimeOffView(
                event.timeOffId(), event.slot().start(), event.slot().end(), event.reason());
        Query query = byId(event.therapistId().value());
        mongo.updateFirst(
                query,
                new Update()
                        .pull(
                                "timeOff",
                                Query.query(Criteria.where("id").is(view.id())).getQueryObject()),
                COLLECTION);
        mongo.updateFirst(query, new Update().push("timeOff", view), COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}

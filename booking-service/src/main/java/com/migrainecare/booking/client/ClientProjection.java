package com.migrainecare.booking.client;

import com.migrainecare.kernel.care.Intake;
import com.migrainecare.kernel.client.Clearance;
import com.migrainecare.kernel.client.ClientEvent.ClearanceRecorded;
import com.migrainecare.kernel.client.ClientEvent.ClientRegistered;
import com.migrainecare.kernel.client.ClientEvent.IntakeRecorded;
import com.migrainecare.kernel.client.ReminderPreferences;
import java.util.List;
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

/** The {@code clients} read model. The intake is sensitive: it is shown only through the client endpoints. */
@Component
@ProcessingGroup("read-models")
public class ClientProjection {

    static final String COLLECTION = "clients";

    private final MongoTemplate mongo;

    public ClientProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A client as the API shows them. */
    @Document(COLLECTION)
    public record ClientView(
            @Id String id,
            String name,
            String email,
            String phone,
            String timeZone,
            String locale,
            ReminderPreferences reminders,
            Intake intake,
            List<Clearance> clearances) {}

    @EventHandler
    void on(ClientRegistered event) {
        mongo.upsert(
                byId(event.clientId().value()),
                new Update()
                        .set("name", event.name())
                        .set("email", event.email())
                        .set("phone", event.phone())
                        .set(
                                "timeZone",
                                event.timeZone() == null
                                        ? null
                                        : event.timeZone().getId())
                        .set("locale", event.locale())
                        .set("reminders", event.reminders())
                        .setOnInsert("clearances", List.of()),
                COLLECTION);
    }

    @EventHandler
    void on(IntakeRecorded event) {
        mongo.updateFirst(byId(event.clientId().value()), new Update().set("intake", event.intake()), COLLECTION);
    }

    @EventHandler
    void on(ClearanceRecorded event) {
        Query query = byId(event.clientId().value());
        mongo.updateFirst(
                query,
                new Update()
                        .pull(
                                "clearances",
                                new org.bson.Document(
                                        "clearanceId", event.clearance().clearanceId())),
                COLLECTION);
        mongo.updateFirst(query, new Update().push("clearances", event.clearance()), COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}

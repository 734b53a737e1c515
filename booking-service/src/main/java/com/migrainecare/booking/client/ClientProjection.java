package com.migrainecare.booking.client;

import com.migrainecare.kernel.care.Intake;
import com.migrainecare.kernel.client.Clearance;
import com.migrainecare.kernel.client.ClientEvent.ClearanceRecorded;
import com.migrainecare.kernel.client.ClientEvent.ClientErased;
import com.migrainecare.kernel.client.ClientEvent.ClientRegistered;
import com.migrainecare.kernel.client.ClientEvent.IntakeRecorded;
import com.migrainecare.kernel.client.ClientEvent.ReminderPreferencesChanged;
import com.migrainecare.kernel.client.ReminderPreferences;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * The {@code clients} read model. The intake is sensitive: it is shown only through the client endpoints. An erased
 * client keeps a document without name, contact details, intake or clearances, and with the time of the erasure.
 */
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
            List<Clearance> clearances,
            Instant erasedAt) {

        ClientView withReminders(ReminderPreferences reminders, String timeZone, String locale) {
            return new ClientView(
                    id,
                    name,
                    email,
                    phone,
                    timeZone == null ? this.timeZone : timeZone,
                    locale == null ? this.locale : locale,
                    reminders,
                    intake,
                    clearances,
                    erasedAt);
        }

        ClientView withIntake(Intake intake) {
            return new ClientView(id, name, email, phone, timeZone, locale, reminders, intake, clearances, erasedAt);
        }

        /** What is left of an erased client: the id, the zone and language, when they were erased. */
        ClientView erased(Instant at) {
            return new ClientView(id, null, null, null, timeZone, locale, reminders, null, List.of(), at);
        }

        /** Adds the clearance, or puts it in the place of the one with its id: a replayed event changes nothing. */
        ClientView withClearance(Clearance clearance) {
            String clearanceId = clearance.clearanceId();
            List<Clearance> updated = clearances.stream()
                            .anyMatch(c -> c.clearanceId().equals(clearanceId))
                    ? clearances.stream()
                            .map(c -> c.clearanceId().equals(clearanceId) ? clearance : c)
                            .toList()
                    : Stream.concat(clearances.stream(), Stream.of(clearance)).toList();
            return new ClientView(id, name, email, phone, timeZone, locale, reminders, intake, updated, erasedAt);
        }
    }

    @EventHandler
    void on(ClientRegistered event) {
        String id = event.clientId().value();
        ClientView current = mongo.findById(id, ClientView.class);
        if (current != null && current.erasedAt() != null) {
            return;
        }
        mongo.save(new ClientView(
                id,
                event.name(),
                event.email(),
                event.phone(),
                event.timeZone() == null ? null : event.timeZone().getId(),
                event.locale(),
                event.reminders(),
                current == null ? null : current.intake(),
                current == null ? List.of() : current.clearances(),
                null));
    }

    /** A field of an erased client reads as {@code null}; an erased view takes nothing new. */
    @EventHandler
    void on(ReminderPreferencesChanged event) {
        String zone = event.timeZone() == null ? null : event.timeZone().getId();
        change(event.clientId().value(), client -> client.withReminders(event.reminders(), zone, event.locale()));
    }

    @EventHandler
    void on(IntakeRecorded event) {
        if (event.intake() != null) {
            change(event.clientId().value(), client -> client.withIntake(event.intake()));
        }
    }

    @EventHandler
    void on(ClearanceRecorded event) {
        if (event.clearance() != null) {
            change(event.clientId().value(), client -> client.withClearance(event.clearance()));
        }
    }

    @EventHandler
    void on(ClientErased event, @Timestamp Instant at) {
        change(event.clientId().value(), client -> client.erased(at));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    /** Changes a registered client, read and written by {@code _id}; there is nothing to change before. */
    private void change(String id, UnaryOperator<ClientView> change) {
        ClientView current = mongo.findById(id, ClientView.class);
        if (current != null && current.erasedAt() == null) {
            mongo.save(change.apply(current));
        }
    }
}

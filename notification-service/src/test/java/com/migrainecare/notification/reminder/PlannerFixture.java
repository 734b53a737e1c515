package com.migrainecare.notification.reminder;

import com.migrainecare.notification.contact.ClientContacts;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;

/**
 * The planner and its collaborators on a fresh database of an embedded Mongo-wire server (one per test JVM), with
 * the timers recorded instead of written: the scheduler's own behaviour is tested end to end.
 */
final class PlannerFixture {

    private static MongoClient client;

    final List<String> timers = new ArrayList<>();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final Reminders reminders;
    final ClientContacts contacts;
    final PlannedSessions sessions;
    final ReminderPlanner planner;
    final PreferenceReplanner replanner;
    final OfferAndNudgePlanner offers;

    PlannerFixture(Clock clock) {
        MongoTemplate mongo = new MongoTemplate(client(), "planner-" + UUID.randomUUID());
        MongoRepositoryFactory repositories = new MongoRepositoryFactory(mongo);
        ReminderRules rules = new ReminderRules(ReminderPolicy.defaults(), clock);
        ReminderMetrics metrics = new ReminderMetrics(meters);
        RecordingSchedule schedule = new RecordingSchedule(timers);
        reminders = new Reminders(mongo, repositories.getRepository(ReminderRepository.class));
        contacts = repositories.getRepository(ClientContacts.class);
        sessions = new PlannedSessions(mongo);
        planner = new ReminderPlanner(rules, reminders, schedule, contacts, metrics, sessions);
        replanner = new PreferenceReplanner(contacts, sessions, rules, reminders, planner);
        offers = new OfferAndNudgePlanner(new MessageRules(clock), planner, reminders, contacts);
    }

    private static synchronized MongoClient client() {
        if (client == null) {
            MongoServer server = new MongoServer(H2Backend.inMemory());
            InetSocketAddress address = server.bind();
            client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        }
        return client;
    }

    private static final class RecordingSchedule extends ReminderSchedule {

        private final List<String> timers;

        RecordingSchedule(List<String> timers) {
            super(null, null);
            this.timers = timers;
        }

        @Override
        void schedule(Reminder reminder) {
            timers.add(reminder.id());
        }

        /** No dispatcher runs in these tests: every timer is free to remove. */
        @Override
        boolean cancelUnlessClaimed(String reminderId) {
            timers.add("cancel " + reminderId);
            return true;
        }
    }
}

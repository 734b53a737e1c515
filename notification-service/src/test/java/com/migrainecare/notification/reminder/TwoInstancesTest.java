package com.migrainecare.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.migrainecare.kernel.client.ReminderPreferences.Channel;
import com.migrainecare.notification.contact.ClientContact;
import com.migrainecare.notification.contact.ClientContacts;
import com.migrainecare.notification.delivery.Channels;
import com.migrainecare.notification.delivery.Deliveries;
import com.migrainecare.notification.delivery.OutgoingMessage;
import com.migrainecare.notification.delivery.Transport;
import com.migrainecare.notification.session.WatchedSessions;
import com.migrainecare.platform.access.Narrowing;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;

/**
 * Two instances of the reminder task on one database and one read store, as two processes of the service
 * would run: every due reminder is handed over exactly once, by whichever instance claimed it.
 */
class TwoInstancesTest {

    private static final int REMINDERS = 12;

    private final List<String> handedOver = new CopyOnWriteArrayList<>();
    private MongoServer mongoServer;
    private MongoClient mongoClient;
    private Scheduler first;
    private Scheduler second;

    @AfterEach
    void stop() {
        first.stop();
        second.stop();
        mongoClient.close();
        mongoServer.shutdownNow();
    }

    @Test
    void eachDueReminderIsSentOnceThoughTwoInstancesPoll() {
        mongoServer = new MongoServer(H2Backend.inMemory());
        InetSocketAddress address = mongoServer.bind();
        mongoClient = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        MongoTemplate mongo = new MongoTemplate(mongoClient, "two-instances");
        MongoRepositoryFactory repositories = new MongoRepositoryFactory(mongo);
        Reminders reminders = new Reminders(mongo, repositories.getRepository(ReminderRepository.class));
        ClientContacts contacts = repositories.getRepository(ClientContacts.class);
        contacts.save(new ClientContact(
                "client-1",
                "ada@example.org",
                null,
                "Europe/Berlin",
                "en",
                Set.of(Channel.EMAIL),
                "21:00",
                "08:00",
                List.of("PT2H"),
                null));
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:two-instances-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).load().migrate();

        first = instance(database, reminders, contacts, mongo, repositories);
        second = instance(database, reminders, contacts, mongo, repositories);
        ReminderSchedule schedule = new ReminderSchedule(first);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        IntStream.range(0, REMINDERS).mapToObj(i -> due("booking-" + i, now)).forEach(reminder -> {
            reminders.planOnce(reminder);
            schedule.schedule(reminder);
        });
        first.start();
        second.start();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> reminders
                                .search("client-1", null, ReminderStatus.SENT, Narrowing.EVERYTHING)
                                .size()
                        == REMINDERS);
        assertThat(handedOver).hasSize(REMINDERS).doesNotHaveDuplicates();
    }

    private Scheduler instance(
            JdbcDataSource database,
            Reminders reminders,
            ClientContacts contacts,
            MongoTemplate mongo,
            MongoRepositoryFactory repositories) {
        ReminderPolicy policy = ReminderPolicy.defaults();
        ReminderMetrics metrics = new ReminderMetrics(new SimpleMeterRegistry());
        Transport counting = new Transport() {
            @Override
            public String name() {
                return "COUNTING";
            }

            @Override
            public String send(OutgoingMessage message) {
                handedOver.add(message.idempotencyKey());
                return "counted";
            }
        };
        Channels channels = new Channels(
                Map.of(Channel.EMAIL, counting, Channel.SMS, counting),
                repositories.getRepository(Deliveries.class),
                Clock.systemUTC());
        ReminderDispatcher dispatcher = new ReminderDispatcher(
                reminders, contacts, new WatchedSessions(mongo), new ReminderTexts(policy), channels, metrics);
        return Scheduler.create(
                        database,
                        List.of(new ReminderConfiguration()
                                .reminderDeliveryTask(dispatcher, new ReminderRetries(reminders, policy, metrics))))
                .threads(4)
                .pollingInterval(Duration.ofMillis(100))
                .build();
    }

    private static Reminder due(String bookingId, Instant now) {
        String key = Reminder.keyOf(bookingId, ReminderKind.PRE_SESSION, "PT2H", 0);
        return new Reminder(
                Reminder.idOf(key, Channel.EMAIL),
                bookingId,
                "client-1",
                ReminderKind.PRE_SESSION,
                "PT2H",
                Channel.EMAIL,
                0,
                now.plus(Duration.ofHours(2)),
                "Europe/Berlin",
                now,
                now,
                ReminderStatus.SCHEDULED,
                null,
                0,
                null,
                null);
    }
}

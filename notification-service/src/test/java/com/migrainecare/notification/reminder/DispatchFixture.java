package com.migrainecare.notification.reminder;

import com.migrainecare.kernel.client.ReminderPreferences.Channel;
import com.migrainecare.notification.contact.ClientContact;
import com.migrainecare.notification.contact.ClientContacts;
import com.migrainecare.notification.delivery.Channels;
import com.migrainecare.notification.delivery.Deliveries;
import com.migrainecare.notification.delivery.OutgoingMessage;
import com.migrainecare.notification.delivery.Transport;
import com.migrainecare.notification.session.WatchedSessions;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * One relational database (H2, migrated as the service migrates it) and one read store (an embedded Mongo-wire
 * server) shared by as many dispatchers as a test builds, as instances of the service would share them. Every
 * dispatcher hands its messages to one counting transport, so a test sees every hand-over of every instance.
 */
final class DispatchFixture implements AutoCloseable {

    static final Duration LEASE = Duration.ofMinutes(5);

    final List<String> handedOver = new CopyOnWriteArrayList<>();
    final MongoTemplate mongo;
    final Reminders reminders;
    final ClientContacts contacts;
    final ReminderSchedule schedule;
    final JdbcTemplate jdbc;
    private final MongoServer mongoServer;
    private final MongoClient mongoClient;
    private final MongoRepositoryFactory repositories;
    private String ownSchema;

    DispatchFixture() {
        mongoServer = new MongoServer(H2Backend.inMemory());
        InetSocketAddress address = mongoServer.bind();
        mongoClient = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        mongo = new MongoTemplate(mongoClient, "dispatch");
        repositories = new MongoRepositoryFactory(mongo);
        reminders = new Reminders(mongo, repositories.getRepository(ReminderRepository.class));
        contacts = repositories.getRepository(ClientContacts.class);
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
        DataSource database = database();
        jdbc = new JdbcTemplate(database);
        schedule = new ReminderSchedule(jdbc, new DataSourceTransactionManager(database));
    }

    /**
     * A fresh H2 database in memory or, with {@code CLINIC_DB_URL} naming a PostgreSQL database, a schema of its
     * own there; migrated as the service migrates its database.
     */
    private DataSource database() {
        String url = System.getenv("CLINIC_DB_URL");
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            String schema = "clinic_test_" + suffix;
            PGSimpleDataSource database = new PGSimpleDataSource();
            database.setURL(url);
            database.setCurrentSchema(schema);
            database.setUser(System.getenv().getOrDefault("CLINIC_DB_USER", "postgres"));
            database.setPassword(System.getenv().getOrDefault("CLINIC_DB_PASSWORD", ""));
            Flyway.configure().dataSource(database).schemas(schema).load().migrate();
            ownSchema = schema;
            return database;
        }
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:dispatch-" + suffix + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).load().migrate();
        return database;
    }

    /** An instance's dispatcher on {@code clock}, claiming up to {@code batchSize} reminders at a time. */
    ReminderDispatcher dispatcher(Clock clock, int batchSize) {
        ReminderPolicy policy = ReminderPolicy.defaults();
        ReminderMetrics metrics = new ReminderMetrics(new SimpleMeterRegistry());
        return new ReminderDispatcher(
                reminders,
                schedule,
                contacts,
                new WatchedSessions(mongo),
                new ReminderTexts(policy),
                channels(clock),
                metrics,
                new ReminderRetries(reminders, schedule, policy, metrics),
                new ReminderDispatchProperties(0, batchSize, Duration.ofMillis(50), LEASE),
                clock);
    }

    /** The channels of an instance: every message goes to the counting transport. */
    Channels channels(Clock clock) {
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
        return new Channels(
                Map.of(Channel.EMAIL, counting, Channel.SMS, counting),
                repositories.getRepository(Deliveries.class),
                clock);
    }

    /** Plans {@code count} e-mail reminders of client-1, due at {@code due}, and sets their timers. */
    List<Reminder> plan(int count, Instant due) {
        List<Reminder> planned = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            Reminder reminder = due("booking-" + i, due);
            reminders.planOnce(reminder);
            schedule.schedule(reminder);
            planned.add(reminder);
        }
        return planned;
    }

    long timersLeft() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + ReminderSchedule.TABLE, Long.class);
    }

    long inStatus(ReminderStatus status) {
        return mongo.findAll(Reminder.class, Reminder.COLLECTION).stream()
                .filter(reminder -> reminder.status() == status)
                .count();
    }

    static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static Reminder due(String bookingId, Instant due) {
        String key = Reminder.keyOf(bookingId, ReminderKind.PRE_SESSION, "PT2H", 0);
        return new Reminder(
                Reminder.idOf(key, Channel.EMAIL),
                bookingId,
                "client-1",
                ReminderKind.PRE_SESSION,
                "PT2H",
                Channel.EMAIL,
                0,
                due.plus(Duration.ofHours(2)),
                "Europe/Berlin",
                due,
                due,
                ReminderStatus.SCHEDULED,
                null,
                0,
                null,
                null,
                null);
    }

    @Override
    public void close() {
        if (ownSchema != null) {
            jdbc.execute("DROP SCHEMA " + ownSchema + " CASCADE");
        }
        mongoClient.close();
        mongoServer.shutdownNow();
    }
}

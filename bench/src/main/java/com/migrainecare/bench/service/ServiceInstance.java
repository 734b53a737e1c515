package com.migrainecare.bench.service;

import com.migrainecare.bench.http.DemoUsers;
import com.migrainecare.bench.probe.ProbeConfiguration;
import com.migrainecare.booking.BookingServiceApplication;
import com.migrainecare.booking.availability.AvailabilityService;
import com.migrainecare.booking.booking.BookingService;
import com.migrainecare.platform.axon.Commands;
import com.migrainecare.platform.store.EmbeddedMongoServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * One booking service in this JVM, started the way {@code BookingServiceApplication} starts (its own
 * {@code application.yml}, the store chosen by the platform: an H2 file and the embedded Mongo-wire store in
 * the given data directory unless the environment names other stores), plus the benchmark's probe aggregate.
 */
public final class ServiceInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final BookingService bookings;
    private final AvailabilityService availability;
    private final Commands commands;
    private final DataSource dataSource;
    private final MongoTemplate mongo;

    private ServiceInstance(ConfigurableApplicationContext context) {
        this.context = context;
        this.bookings = context.getBean(BookingService.class);
        this.availability = context.getBean(AvailabilityService.class);
        this.commands = context.getBean(Commands.class);
        this.dataSource = context.getBean(DataSource.class);
        this.mongo = context.getBean(MongoTemplate.class);
    }

    /**
     * Starts the service. Settings are command-line arguments: {@code SpringApplicationBuilder.properties(...)}
     * are defaults, which the service's {@code application.yml} would override. Both servers listen on free
     * ports on loopback, so the run never collides with a service started by hand.
     */
    public static ServiceInstance start(Path dataDir) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.main.banner-mode=off",
                "--clinic.data-dir=" + dataDir,
                "--clinic.store.embedded.file=" + dataDir.resolve("clinic-store.mv"),
                "--clinic.store.embedded.port=0",
                "--clinic.demo.seed=false",
                "--logging.level.root=WARN",
                "--logging.level.com.migrainecare=WARN"));
        args.addAll(DemoUsers.arguments());
        ConfigurableApplicationContext context = new SpringApplicationBuilder(
                        BookingServiceApplication.class, ProbeConfiguration.class)
                .run(args.toArray(String[]::new));
        return new ServiceInstance(context);
    }

    public BookingService bookings() {
        return bookings;
    }

    public AvailabilityService availability() {
        return availability;
    }

    public Commands commands() {
        return commands;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public MongoTemplate mongo() {
        return mongo;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Where the read models are: the embedded store this process hosts, or the configured MongoDB. */
    public String mongoConnectionString() {
        return context.getBeanProvider(EmbeddedMongoServer.class).stream()
                .findFirst()
                .map(EmbeddedMongoServer::connectionString)
                .orElse(context.getEnvironment().getProperty("spring.data.mongodb.uri", "mongodb://127.0.0.1:27017"));
    }

    public boolean embeddedReadStore() {
        return context.getBeanProvider(EmbeddedMongoServer.class).stream()
                .findAny()
                .isPresent();
    }

    public String jdbcUrl() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        context.close();
    }
}

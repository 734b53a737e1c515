package com.migrainecare.bench.baseline;

import com.migrainecare.bench.BenchChain;
import com.migrainecare.bench.BenchChain.Site;
import com.migrainecare.bench.http.DemoUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A running baseline, seeded with the benchmark's chain (the same ids, so the same requests apply). */
public final class BaselineService implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private BaselineService(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts the baseline on a free loopback port, on database {@code database} of the store at {@code mongoUri}. */
    public static BaselineService start(String mongoUri, String database) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.main.banner-mode=off",
                "--spring.data.mongodb.uri=" + mongoUri,
                "--spring.data.mongodb.database=" + database,
                "--logging.level.root=WARN"));
        args.addAll(DemoUsers.arguments());
        ConfigurableApplicationContext context =
                new SpringApplicationBuilder(BaselineApplication.class).run(args.toArray(String[]::new));
        BaselineLocations locations = context.getBean(BaselineLocations.class);
        context.getBean(BaselineBookings.class).deleteAll();
        locations.deleteAll();
        for (Site site : BenchChain.SITES) {
            locations.insert(new BaselineLocation(
                    site.locationId().value(),
                    site.name(),
                    site.zone().getId(),
                    IntStream.range(0, BenchChain.ROOMS_PER_SITE)
                            .mapToObj(
                                    r -> new BaselineLocation.Room(site.room(r).value(), "Room " + (r + 1)))
                            .toList(),
                    IntStream.range(0, BenchChain.THERAPISTS_PER_SITE)
                            .mapToObj(t -> site.therapist(t).value())
                            .toList()));
        }
        return new BaselineService(context);
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public long bookings() {
        return context.getBean(BaselineBookings.class).count();
    }

    @Override
    public void close() {
        context.close();
    }
}

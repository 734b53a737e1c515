package com.migrainecare.platform.store;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the stores. Events: {@code CLINIC_DB_URL} (or {@code spring.datasource.url}) names a database,
 * PostgreSQL in production; without one, both services share a file-backed H2 database in the data directory
 * (the first process to open it serves the other over TCP on loopback). Read models: {@code MONGODB_URI} (or
 * {@code spring.data.mongodb.uri}) means a real MongoDB; without one the process hosts the embedded
 * Mongo-wire store, unless configuration says otherwise. With {@code clinic.store.isolated=true} (the
 * tests) every application context gets stores of its own: an in-memory H2 database or, on a configured
 * database, a schema of its own, and a Mongo database of its own.
 */
public class StoreModeEnvironmentPostProcessor implements EnvironmentPostProcessor {

    private static final String MONGO_URI = "spring.data.mongodb.uri";
    private static final String DB_URL = "spring.datasource.url";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>();
        boolean isolated = environment.getProperty("clinic.store.isolated", Boolean.class, false);
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        chooseDatabase(environment, defaults, isolated, suffix);
        chooseReadStore(environment, defaults, isolated, suffix);
        environment.getPropertySources().addFirst(new MapPropertySource("clinicStoreMode", defaults));
    }

    private static void chooseDatabase(
            ConfigurableEnvironment environment, Map<String, Object> chosen, boolean isolated, String suffix) {
        String url = environment.getProperty(DB_URL);
        if (url == null || url.isBlank()) {
            url = environment.getProperty("CLINIC_DB_URL");
            if (url != null && !url.isBlank()) {
                copy(environment, chosen, "CLINIC_DB_USER", "spring.datasource.username");
                copy(environment, chosen, "CLINIC_DB_PASSWORD", "spring.datasource.password");
            }
        }
        boolean configured = url != null && !url.isBlank();
        if (!configured) {
            url = isolated ? "jdbc:h2:mem:clinic-" + suffix + ";DB_CLOSE_DELAY=-1" : embeddedFile(environment);
        } else if (isolated && url.startsWith("jdbc:postgresql:")) {
            String schema = "clinic_test_" + suffix.toLowerCase(Locale.ROOT);
            url = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            chosen.put("spring.flyway.schemas", schema);
        }
        chosen.put(DB_URL, url);
        if (url.startsWith("jdbc:h2:") && !environment.containsProperty("spring.datasource.username")) {
            chosen.put("spring.datasource.username", "sa");
            chosen.put("spring.datasource.password", "");
        }
    }

    /**
     * A file in the data directory. AUTO_SERVER lets the second process in (over TCP, with a key kept in
     * the lock file); WRITE_DELAY=0 hands every commit to the operating system at once, so a killed process
     * loses no committed booking; LOCK_TIMEOUT lets a command wait its turn on a busy row. (H2 refuses
     * DB_CLOSE_ON_EXIT=FALSE with AUTO_SERVER, so the database may close before the processors at shutdown.)
     * The {@code retry:} file system reopens the file when a thread is interrupted in the middle of a read or
     * write: the plain one closes it, which fails every transaction open at that moment in both services, and
     * Axon interrupts a tracking processor's thread that does not stop in time when it is shut down (a reset,
     * a shutdown).
     */
    static final String EMBEDDED_PREFIX = "jdbc:h2:retry:";

    private static String embeddedFile(ConfigurableEnvironment environment) {
        String dataDir =
                environment.getProperty("clinic.data-dir", environment.getProperty("CLINIC_DATA_DIR", "./data"));
        Path file = Path.of(dataDir).toAbsolutePath().normalize().resolve("clinic-events");
        return EMBEDDED_PREFIX + file + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;LOCK_TIMEOUT=10000";
    }

    private static void chooseReadStore(
            ConfigurableEnvironment environment, Map<String, Object> chosen, boolean isolated, String suffix) {
        String mongoUri = environment.getProperty("MONGODB_URI");
        if (mongoUri != null && !mongoUri.isBlank() && !environment.containsProperty(MONGO_URI)) {
            chosen.put(MONGO_URI, mongoUri);
        }
        boolean external = chosen.containsKey(MONGO_URI) || environment.containsProperty(MONGO_URI);
        if (!environment.containsProperty("clinic.store.embedded.enabled")) {
            chosen.put("clinic.store.embedded.enabled", String.valueOf(!external));
        }
        if (isolated) {
            chosen.put("spring.data.mongodb.database", "clinic-test-" + suffix);
        }
    }

    private static void copy(ConfigurableEnvironment environment, Map<String, Object> chosen, String from, String to) {
        String value = environment.getProperty(from);
        if (value != null && !environment.containsProperty(to)) {
            chosen.put(to, value);
        }
    }
}

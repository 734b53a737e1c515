package com.migrainecare.platform.store;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the store: {@code MONGODB_URI} (or {@code spring.data.mongodb.uri}) means a real MongoDB; without
 * one the process hosts the embedded store, unless configuration says otherwise.
 */
public class StoreModeEnvironmentPostProcessor implements EnvironmentPostProcessor {

    private static final String URI = "spring.data.mongodb.uri";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>();
        String mongoUri = environment.getProperty("MONGODB_URI");
        if (mongoUri != null && !mongoUri.isBlank() && !environment.containsProperty(URI)) {
            defaults.put(URI, mongoUri);
        }
        boolean external = defaults.containsKey(URI) || environment.containsProperty(URI);
        if (!environment.containsProperty("clinic.store.embedded.enabled")) {
            defaults.put("clinic.store.embedded.enabled", String.valueOf(!external));
        }
        environment.getPropertySources().addLast(new MapPropertySource("clinicStoreMode", defaults));
    }
}

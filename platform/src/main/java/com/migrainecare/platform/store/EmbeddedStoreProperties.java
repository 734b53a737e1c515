package com.migrainecare.platform.store;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded Mongo-wire server: whether this process hosts it, where it listens (port 0 picks a free one),
 * and the file that keeps its data across restarts (blank keeps it in memory).
 */
@ConfigurationProperties("clinic.store.embedded")
public record EmbeddedStoreProperties(boolean enabled, String host, int port, String file) {

    public EmbeddedStoreProperties {
        host = host == null || host.isBlank() ? "127.0.0.1" : host;
    }

    public boolean inMemory() {
        return file == null || file.isBlank();
    }
}

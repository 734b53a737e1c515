package com.migrainecare.platform.store;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/** A Mongo-wire server in this JVM, backed by an H2 MVStore file (or by memory), for machines without mongod. */
public class EmbeddedMongoServer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private final H2Backend backend;
    private final MongoServer server;
    private final InetSocketAddress address;

    public EmbeddedMongoServer(EmbeddedStoreProperties properties) {
        this.backend = new EmbeddedH2Backend(properties.inMemory() ? null : prepare(properties.file()));
        this.server = new MongoServer(backend);
        server.bind(properties.host(), properties.port());
        this.address = server.getLocalAddress();
        log.info(
                "Embedded Mongo-wire store listening on {}:{} ({})",
                address.getHostString(),
                address.getPort(),
                properties.inMemory() ? "in memory" : properties.file());
    }

    private static String prepare(String file) {
        Path path = Path.of(file).toAbsolutePath();
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory for " + path, e);
        }
        return path.toString();
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    @Override
    public void destroy() {
        server.shutdownNow();
        backend.close();
        log.info("Embedded Mongo-wire store closed");
    }
}

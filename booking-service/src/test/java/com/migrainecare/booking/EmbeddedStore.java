package com.migrainecare.booking;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The Mongo-wire server the service embeds, in memory, for tests of projections and queries. */
public final class EmbeddedStore implements AutoCloseable {

    private final MongoServer server;
    private final MongoClient client;
    private final MongoTemplate mongo;

    private EmbeddedStore() {
        server = new MongoServer(H2Backend.inMemory());
        client = MongoClients.create(server.bindAndGetConnectionString());
        mongo = new MongoTemplate(client, "projection-test");
    }

    public static EmbeddedStore start() {
        return new EmbeddedStore();
    }

    public MongoTemplate mongo() {
        return mongo;
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}

package com.migrainecare.platform.store;

import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The store's health by {@code ping}, which every Mongo-wire server answers (Boot's own indicator sends
 * {@code hello}, which the embedded server does not know). Replaces Boot's indicator by taking its name.
 */
@Component("mongoHealthIndicator")
public class PingHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    public PingHealthIndicator(MongoTemplate mongo) {
        super("MongoDB health check failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ping", answer.get("ok"));
    }
}

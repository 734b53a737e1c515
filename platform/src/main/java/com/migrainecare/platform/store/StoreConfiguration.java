package com.migrainecare.platform.store;

import com.mongodb.ConnectionString;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Starts the embedded store when this process hosts it and points the Mongo client at it; gives projections
 * {@link BatchedWrites}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddedStoreProperties.class)
public class StoreConfiguration {

    @Bean
    @ConditionalOnProperty(name = "clinic.store.embedded.enabled", havingValue = "true")
    EmbeddedMongoServer embeddedMongoServer(EmbeddedStoreProperties properties) {
        return new EmbeddedMongoServer(properties);
    }

    /** Runs after Boot's own customizer, so the embedded address wins over the default localhost:27017. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    @ConditionalOnProperty(name = "clinic.store.embedded.enabled", havingValue = "true")
    MongoClientSettingsBuilderCustomizer embeddedStoreAddress(EmbeddedMongoServer server) {
        return settings -> settings.applyConnectionString(new ConnectionString(server.connectionString()));
    }

    @Bean
    BatchedWrites batchedWrites(MongoTemplate mongo) {
        return new BatchedWrites(mongo);
    }
}

package com.migrainecare.platform.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.migrainecare.platform.privacy.PersonalDataCodec;
import com.migrainecare.platform.privacy.PersonalDataKeys;
import com.migrainecare.platform.privacy.PersonalDataModule;
import java.util.concurrent.Executors;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotterFactoryBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * A relational database as the store of record for Axon: events, snapshots, tokens and sagas through Axon's
 * JDBC components, in the transaction of the unit of work, all serialised with Jackson (records need it). The
 * tables come from the Flyway migrations in {@code db/migration}, never from Axon's {@code createSchema}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AxonStoreProperties.class)
public class AxonStoreConfiguration {

    /** Metadata keys copied from a command to the events it causes: who did it and why. */
    public static final String ACTOR = "actor";

    public static final String REASON = "reason";

    /** The HTTP request behind a command ({@code X-Request-Id}), copied likewise. */
    public static final String REQUEST_ID = "requestId";

    /** Axon's own keys ({@link MessageOriginProvider}): the message that caused this one, and the root. */
    public static final String CORRELATION_ID = "correlationId";

    public static final String TRACE_ID = "traceId";

    /** The mapper for messages: plain records, ISO dates, tolerant of fields added by later revisions. */
    public static ObjectMapper messageMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .build();
    }

    @Bean
    @Primary
    Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(messageMapper()).build();
    }

    /**
     * Stored events: {@code @PersonalData} fields are sealed with their client's key on the way in and opened on the
     * way out ({@link PersonalDataModule}), so personal data never reaches the store in clear.
     */
    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(PersonalDataKeys keys) {
        ObjectMapper mapper = messageMapper();
        mapper.registerModule(new PersonalDataModule(new PersonalDataCodec(keys, messageMapper())));
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return JacksonSerializer.builder().objectMapper(messageMapper()).build();
    }

    /** Aggregates keep their state in private fields, so snapshots are written field by field. */
    static Serializer snapshotSerializer() {
        ObjectMapper mapper = messageMapper();
        mapper.setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }

    /**
     * Events and snapshots in {@code DomainEventEntry} / {@code SnapshotEventEntry} (see the migrations). A
     * duplicate key (SQLState 23505, from H2 and PostgreSQL alike) means another process appended to the same
     * aggregate first: it is reported as a concurrency failure, so the command is retried on fresh state.
     */
    @Bean
    EventStorageEngine eventStorageEngine(
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            org.axonframework.config.Configuration configuration,
            AxonStoreProperties properties) {
        return JdbcEventStorageEngine.builder()
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer())
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(duplicateKey())
                .batchSize(properties.readBatchSize())
                .gapTimeout((int) properties.gapTimeout().toMillis())
                .maxGapOffset(properties.maxGapOffset())
                .gapCleaningThreshold(properties.gapCleaningThreshold())
                .readEventDataWithGaps(GapReads::readEventDataWithGaps)
                .build();
    }

    static PersistenceExceptionResolver duplicateKey() {
        return new SQLStateResolver("23505");
    }

    /**
     * The store the processors read: appends in this process wake them at once, appends by another process
     * (the other service, a second instance) are found by a read every {@code fetchDelay}.
     */
    @Bean
    EmbeddedEventStore eventStore(
            EventStorageEngine storageEngine,
            org.axonframework.config.Configuration configuration,
            AxonStoreProperties properties) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(properties.fetchDelay().toMillis())
                .build();
    }

    /** Snapshots are taken off the command thread: taking one reads the aggregate's whole history. */
    @Bean
    SpringAggregateSnapshotterFactoryBean aggregateSnapshotter() {
        SpringAggregateSnapshotterFactoryBean snapshotter = new SpringAggregateSnapshotterFactoryBean();
        snapshotter.setExecutor(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "aggregate-snapshotter");
            thread.setDaemon(true);
            return thread;
        }));
        return snapshotter;
    }

    @Bean
    TokenStore tokenStore(
            ConnectionProvider connectionProvider, Serializer serializer, AxonStoreProperties properties) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .claimTimeout(properties.tokenClaimTimeout())
                .build();
    }

    /** Axon's generic saga schema reads the saga as a {@code blob}; the PostgreSQL one uses {@code bytea}. */
    @Bean
    SagaStore<Object> sagaStore(ConnectionProvider connectionProvider, Serializer serializer) {
        return JdbcSagaStore.builder()
                .connectionProvider(connectionProvider)
                .sqlSchema(new PostgresSagaSqlSchema())
                .serializer(serializer)
                .build();
    }

    @Bean
    CorrelationDataProvider auditCorrelation() {
        return new SimpleCorrelationDataProvider(ACTOR, REASON, REQUEST_ID);
    }

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    /** Keeps recently used aggregates in memory, so a command rarely has to read its history back. */
    @Bean
    Cache aggregateCache(AxonStoreProperties properties) {
        return new LruCache(properties.aggregateCacheSize());
    }

    @Bean
    SnapshotTriggerDefinition snapshotTrigger(Snapshotter snapshotter, AxonStoreProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
    }
}

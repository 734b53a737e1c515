package com.migrainecare.bench.reminder;

import com.migrainecare.platform.store.EmbeddedMongoServer;
import com.migrainecare.platform.store.EmbeddedStoreProperties;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.DefaultMongoTypeMapper;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/**
 * The stores as {@code ./run.sh} sets them up, with this process in the booking service's place: it hosts the
 * embedded Mongo-wire store (file-backed) and opens the H2 event database first, so that it serves both to the
 * notification service over loopback. The service's heap then holds the service alone.
 */
final class SharedStores implements AutoCloseable {

    static final String DATABASE = "clinic";

    private final Path dataDir;
    private final EmbeddedMongoServer mongoServer;
    private final MongoClient client;
    private final MongoTemplate mongo;
    private final JdbcDataSource dataSource;
    private final Connection held;

    SharedStores(Path dataDir) {
        this.dataDir = dataDir;
        this.mongoServer = new EmbeddedMongoServer(new EmbeddedStoreProperties(
                true, "127.0.0.1", 0, dataDir.resolve("store.mv").toString()));
        this.client = MongoClients.create(mongoServer.connectionString());
        MongoCustomConversions conversions = new MongoCustomConversions(List.of());
        MongoMappingContext mapping = new MongoMappingContext();
        mapping.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        mapping.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, mapping);
        converter.setCustomConversions(conversions);
        // the service reads its own types: no type hint of this program's classes in its documents
        converter.setTypeMapper(new DefaultMongoTypeMapper(null));
        converter.afterPropertiesSet();
        this.mongo = new MongoTemplate(new SimpleMongoClientDatabaseFactory(client, DATABASE), converter);
        this.dataSource = new JdbcDataSource();
        dataSource.setURL(jdbcUrl());
        dataSource.setUser("sa");
        dataSource.setPassword("");
        try {
            this.held = dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the event database " + jdbcUrl(), e);
        }
    }

    /** The URL the platform derives from the data directory (see StoreModeEnvironmentPostProcessor). */
    String jdbcUrl() {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("clinic-events")
                + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;LOCK_TIMEOUT=10000";
    }

    Path dataDir() {
        return dataDir;
    }

    String mongoUri() {
        return mongoServer.connectionString();
    }

    MongoTemplate mongo() {
        return mongo;
    }

    JdbcDataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        try {
            held.close();
        } catch (SQLException e) {
            // closing at exit: nothing to keep
        }
        client.close();
        mongoServer.destroy();
    }
}

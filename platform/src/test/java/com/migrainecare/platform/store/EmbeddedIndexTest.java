package com.migrainecare.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's value-ordered unique indexes: they find what was written after the file is reopened,
 * they replace the byte-ordered indexes of a file written before them, and an index whose build did not finish
 * is built again rather than trusted.
 */
class EmbeddedIndexTest {

    private static final int CLIENTS = 1_500;

    @TempDir
    Path dataDir;

    @Test
    void findsEveryDocumentByItsKeysAfterTheFileIsReopened() {
        String file = dataDir.resolve("store.mv").toString();
        withStore(() -> new EmbeddedH2Backend(file), EmbeddedIndexTest::writeClients);

        withStore(() -> new EmbeddedH2Backend(file), EmbeddedIndexTest::findsEachClientAndRefusesDuplicates);
    }

    @Test
    void rebuildsTheIndexesOfAFileWrittenWithByteOrderedKeys() {
        String file = dataDir.resolve("store.mv").toString();
        withStore(() -> new H2Backend(file), EmbeddedIndexTest::writeClients);

        withStore(() -> new EmbeddedH2Backend(file), EmbeddedIndexTest::findsEachClientAndRefusesDuplicates);

        MVStore store = MVStore.open(file);
        try {
            assertThat(store.getMapNames()).noneMatch(name -> name.contains("._index_"));
            assertThat(store.getMapNames()).anyMatch(name -> name.endsWith("._keys_email_1"));
        } finally {
            store.close();
        }
    }

    @Test
    void buildsAgainAnIndexWhoseBuildWasNotRecordedAsFinished() {
        String file = dataDir.resolve("store.mv").toString();
        withStore(() -> new EmbeddedH2Backend(file), EmbeddedIndexTest::writeClients);
        MVStore store = MVStore.open(file);
        try {
            String index = store.getMapNames().stream()
                    .filter(name -> name.endsWith("._keys_email_1"))
                    .findFirst()
                    .orElseThrow();
            MVMap<Object, Object> keys = store.openMap(index, new MVMap.Builder<>().keyType(new IndexKeyType()));
            List<Object> half = new ArrayList<>(keys.keySet()).subList(0, CLIENTS / 2);
            half.forEach(keys::remove);
            store.<String, String>openMap("index-builds").remove(index);
            store.commit();
        } finally {
            store.close();
        }

        withStore(() -> new EmbeddedH2Backend(file), EmbeddedIndexTest::findsEachClientAndRefusesDuplicates);
    }

    @Test
    void keepsItsIndexesWhenAnotherProcessAsksForThemAgain() {
        String file = dataDir.resolve("store.mv").toString();
        withStore(() -> new EmbeddedH2Backend(file), clients -> {
            clients.insertOne(new Document("_id", "first").append("email", "first@example.org"));
            writeClients(clients);
            clients.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
            clients.createIndex(Indexes.ascending("_id", "status"), new IndexOptions().unique(true));
            clients.deleteOne(Filters.eq("_id", "first"));
            findsEachClientAndRefusesDuplicates(clients);
        });
    }

    @Test
    void dropsAnIndexAndBuildsItAgainWhenAskedFor() {
        String file = dataDir.resolve("store.mv").toString();
        withStore(() -> new EmbeddedH2Backend(file), clients -> {
            writeClients(clients);
            clients.dropIndex("email_1");
            clients.insertOne(new Document("_id", "twin").append("email", "client-3@example.org"));
            clients.deleteOne(Filters.eq("_id", "twin"));
        });

        withStore(() -> new EmbeddedH2Backend(file), clients -> {
            clients.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
            findsEachClientAndRefusesDuplicates(clients);
        });
    }

    @Test
    void keepsWorkingInMemory() {
        withStore(() -> new EmbeddedH2Backend(null), clients -> {
            writeClients(clients);
            findsEachClientAndRefusesDuplicates(clients);
        });
    }

    private static void writeClients(MongoCollection<Document> clients) {
        clients.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
        clients.createIndex(Indexes.ascending("_id", "status"), new IndexOptions().unique(true));
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            documents.add(new Document("_id", "client-" + i)
                    .append("email", "client-" + i + "@example.org")
                    .append("status", i % 2 == 0 ? "ACTIVE" : "ERASED"));
        }
        clients.insertMany(documents);
    }

    private static void findsEachClientAndRefusesDuplicates(MongoCollection<Document> clients) {
        for (int i = 0; i < CLIENTS; i++) {
            String status = i % 2 == 0 ? "ACTIVE" : "ERASED";
            Document byEmail = clients.find(Filters.eq("email", "client-" + i + "@example.org"))
                    .first();
            assertThat(byEmail).isNotNull();
            assertThat(byEmail.getString("_id")).isEqualTo("client-" + i);
            assertThat(clients.find(Filters.and(Filters.eq("_id", "client-" + i), Filters.eq("status", status)))
                            .first())
                    .isNotNull();
        }
        assertThat(clients.updateOne(
                                Filters.and(Filters.eq("_id", "client-7"), Filters.eq("status", "ACTIVE")),
                                new Document("$set", new Document("note", "wrong status")))
                        .getModifiedCount())
                .isZero();
        assertThatThrownBy(() ->
                        clients.insertOne(new Document("_id", "client-new").append("email", "client-3@example.org")))
                .isInstanceOf(MongoWriteException.class)
                .hasMessageContaining("duplicate key");
        assertThat(clients.countDocuments()).isEqualTo(CLIENTS);
    }

    /** Runs {@code work} on the {@code clients} collection of a server on {@code backend}, then closes both. */
    static void withStore(Supplier<H2Backend> backend, Consumer<MongoCollection<Document>> work) {
        H2Backend opened = backend.get();
        MongoServer server = new MongoServer(opened);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            work.accept(client.getDatabase("clinic").getCollection("clients"));
        } finally {
            server.shutdownNow();
            opened.close();
        }
    }
}

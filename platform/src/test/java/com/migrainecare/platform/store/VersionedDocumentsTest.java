package com.migrainecare.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;

/** The version check on the embedded store, with a typed document. */
class VersionedDocumentsTest {

    /** A read model that records which event it reflects. */
    @Document("notes")
    record Note(@Id String id, String text, long version) {}

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new EmbeddedH2Backend(null));
        client = MongoClients.create(server.bindAndGetConnectionString());
        mongo = new MongoTemplate(client, "versioned-test");
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    private boolean write(long version, String text) {
        return VersionedDocuments.saveIfNewer(
                mongo, Note.class, "n-1", Note::version, version, current -> new Note("n-1", text, version));
    }

    @Test
    void writesTheFirstDocumentAndEachNewerOne() {
        assertThat(write(0, "first")).isTrue();
        assertThat(write(3, "later")).isTrue();

        assertThat(mongo.findById("n-1", Note.class)).isEqualTo(new Note("n-1", "later", 3));
    }

    @Test
    void insertsTheFirstDocumentAndLeavesANewerOneWhenTheFirstEventComesAgain() {
        assertThat(VersionedDocuments.insertOrSaveIfNewer(
                        mongo, Note.class, "n-1", Note::version, 0, () -> new Note("n-1", "first", 0)))
                .isTrue();
        write(3, "later");

        assertThat(VersionedDocuments.insertOrSaveIfNewer(
                        mongo, Note.class, "n-1", Note::version, 0, () -> new Note("n-1", "first", 0)))
                .isFalse();
        assertThat(mongo.findById("n-1", Note.class)).isEqualTo(new Note("n-1", "later", 3));
    }

    @Test
    void skipsAnEventItAlreadyReflectsOrAnOlderOne() {
        write(2, "current");

        assertThat(write(2, "again")).isFalse();
        assertThat(write(1, "older")).isFalse();
        assertThat(mongo.findById("n-1", Note.class)).isEqualTo(new Note("n-1", "current", 2));
    }

    @Test
    void givesTheNextDocumentWhatIsStored() {
        write(0, "a");

        VersionedDocuments.saveIfNewer(
                mongo, Note.class, "n-1", Note::version, 1, current -> new Note("n-1", current.text() + "b", 1));

        assertThat(mongo.findById("n-1", Note.class).text()).isEqualTo("ab");
    }

    @Test
    void refusesADocumentUnderAnotherIdOrAtAnotherVersion() {
        assertThatThrownBy(() -> VersionedDocuments.saveIfNewer(
                        mongo, Note.class, "n-1", Note::version, 1, current -> new Note("n-2", "x", 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VersionedDocuments.saveIfNewer(
                        mongo, Note.class, "n-1", Note::version, 1, current -> new Note("n-1", "x", 5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(mongo.findAll(Note.class)).isEmpty();
    }
}

package com.migrainecare.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import java.util.Map;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/** Writes held until the unit of work commits, on the embedded store. */
class BatchedWritesTest {

    /** A read model that records which event it reflects. */
    @org.springframework.data.mongodb.core.mapping.Document("notes")
    record Note(@Id String id, String text, long version) {}

    /** A read model keyed by a number, written whole without a version. */
    @org.springframework.data.mongodb.core.mapping.Document("entries")
    record Entry(@Id long id, String text) {}

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;
    private BatchedWrites writes;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new EmbeddedH2Backend(null));
        client = MongoClients.create(server.bindAndGetConnectionString());
        mongo = new MongoTemplate(client, "batched-test");
        writes = new BatchedWrites(mongo);
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    private static UnitOfWork<?> batch() {
        return DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("an event"));
    }

    private void create(String id, String text) {
        writes.createOrSaveIfNewer(Note.class, id, Note::version, 0, () -> new Note(id, text, 0));
    }

    private boolean change(String id, long version, String text) {
        return writes.saveIfNewer(
                Note.class, id, Note::version, version, current -> new Note(id, current.text() + text, version));
    }

    @Test
    void sendsNothingUntilTheBatchCommits() {
        UnitOfWork<?> batch = batch();
        create("n-1", "booked");
        writes.upsert("days", "d-1", new Update().set("busy.b-1", "10:00"));
        writes.save(new Entry(7, "seen"));

        assertThat(mongo.findAll(Note.class)).isEmpty();
        assertThat(mongo.findAll(Document.class, "days")).isEmpty();
        assertThat(mongo.findAll(Entry.class)).isEmpty();

        batch.commit();

        assertThat(mongo.findById("n-1", Note.class)).isEqualTo(new Note("n-1", "booked", 0));
        assertThat(mongo.findById("d-1", Document.class, "days").get("busy", Document.class))
                .isEqualTo(new Document("b-1", "10:00"));
        assertThat(mongo.findById(7L, Entry.class)).isEqualTo(new Entry(7, "seen"));
    }

    @Test
    void aLaterEventOfTheBatchBuildsOnWhatAnEarlierOneWrote() {
        UnitOfWork<?> batch = batch();
        create("n-1", "booked");
        assertThat(change("n-1", 1, ", moved")).isTrue();
        assertThat(change("n-1", 1, ", moved again")).isFalse();
        assertThat(change("n-1", 2, ", cancelled")).isTrue();
        batch.commit();

        assertThat(mongo.findById("n-1", Note.class)).isEqualTo(new Note("n-1", "booked, moved, cancelled", 2));
    }

    @Test
    void readsADocumentFromTheStoreTheFirstTimeTheBatchTouchesIt() {
        mongo.save(new Note("n-1", "booked", 0));

        UnitOfWork<?> batch = batch();
        change("n-1", 1, ", moved");
        change("n-1", 2, ", cancelled");
        batch.commit();

        assertThat(mongo.findById("n-1", Note.class)).isEqualTo(new Note("n-1", "booked, moved, cancelled", 2));
    }

    @Test
    void keepsFieldWritesInOrder() {
        UnitOfWork<?> batch = batch();
        writes.upsert("days", "d-1", new Update().set("busy.b-1", "10:00"));
        writes.update("days", "d-1", new Update().unset("busy.b-1"));
        writes.upsert("days", "d-1", new Update().set("busy.b-2", "11:00"));
        writes.update("days", "d-2", new Update().unset("busy.b-3"));
        batch.commit();

        assertThat(mongo.findById("d-1", Document.class, "days").get("busy", Document.class))
                .isEqualTo(new Document("b-2", "11:00"));
        assertThat(mongo.findById("d-2", Document.class, "days")).isNull();
    }

    @Test
    void aBatchRolledBackWritesNothing() {
        UnitOfWork<?> batch = batch();
        create("n-1", "booked");
        writes.upsert("days", "d-1", new Update().set("busy.b-1", "10:00"));
        batch.rollback();

        assertThat(mongo.findAll(Note.class)).isEmpty();
        assertThat(mongo.findAll(Document.class, "days")).isEmpty();
    }

    @Test
    void aFirstEventHandledAgainLeavesALaterDocumentAndTheRestOfTheBatchIsWritten() {
        mongo.save(new Note("n-1", "booked, moved", 3));

        UnitOfWork<?> batch = batch();
        create("n-1", "booked");
        create("n-2", "booked");
        batch.commit();

        assertThat(mongo.findById("n-1", Note.class)).isEqualTo(new Note("n-1", "booked, moved", 3));
        assertThat(mongo.findById("n-2", Note.class)).isEqualTo(new Note("n-2", "booked", 0));
    }

    @Test
    void aBatchHandledAgainCompletesADocumentItHadLeftEarlier() {
        mongo.save(new Note("n-1", "booked", 0));

        UnitOfWork<?> batch = batch();
        create("n-1", "booked");
        change("n-1", 1, ", moved");
        batch.commit();

        assertThat(mongo.findById("n-1", Note.class)).isEqualTo(new Note("n-1", "booked, moved", 1));
    }

    @Test
    void refusesToWriteOneCollectionBothWholeAndFieldByField() {
        UnitOfWork<?> batch = batch();
        create("n-1", "booked");

        assertThatThrownBy(() -> writes.upsert(Note.class, "n-1", new Update().set("text", "x")))
                .isInstanceOf(IllegalStateException.class);
        batch.rollback();
    }

    @Test
    void writesAtOnceOutsideAUnitOfWork() {
        create("n-1", "booked");
        change("n-1", 1, ", moved");
        writes.upsert("days", "d-1", new Update().set("busy", Map.of("b-1", "10:00")));

        assertThat(mongo.findById("n-1", Note.class)).isEqualTo(new Note("n-1", "booked, moved", 1));
        assertThat(mongo.findById("d-1", Document.class, "days")).isNotNull();
    }
}

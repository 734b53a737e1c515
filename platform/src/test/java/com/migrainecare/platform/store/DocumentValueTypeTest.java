package com.migrainecare.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents stored as BSON, documents stored before as Java-serialized objects, and a file holding both. */
class DocumentValueTypeTest {

    private final DocumentValueType type = new DocumentValueType();

    private static Document everyKindOfValue() {
        return new Document("_id", "booking-1")
                .append("text", "Zoë's 45 min")
                .append("int", 42)
                .append("long", 42L)
                .append("double", 0.5)
                .append("yes", true)
                .append("nothing", null)
                .append("at", Instant.parse("2026-12-06T10:15:30.123Z"))
                .append("objectId", new ObjectId("5f1d7e3a9b1e8a3c4d5e6f70"))
                .append("uuid", UUID.fromString("0b8f3c52-6a5e-4b8e-9b41-1f4a3e2c9d10"))
                .append("binary", new BinData(new byte[] {1, 2, 3}))
                .append("decimal", new Decimal128(new BigDecimal("12.50")))
                .append("timestamp", new BsonTimestamp(7L))
                .append("min", MinKey.getInstance())
                .append("max", MaxKey.getInstance())
                .append("nested", new Document("busy", new Document("b-1_1765015200", new Document("start", 1))))
                .append("list", new ArrayList<>(Arrays.asList("a", 1, 2L, new Document("k", "v"), null)));
    }

    private Object roundTrip(Object value, ObjectDataType writer) {
        WriteBuffer buffer = new WriteBuffer();
        writer.write(buffer, value);
        ByteBuffer written = buffer.getBuffer();
        written.flip();
        Object read = type.read(written);
        assertThat(written.hasRemaining()).as("bytes left after the value").isFalse();
        return read;
    }

    @Test
    void storesADocumentAsBsonAndReadsItBackEqual() {
        Document document = everyKindOfValue();

        assertThat(DocumentValueType.encode(document)).isNotNull();
        assertThat(roundTrip(document, type)).isEqualTo(document);
    }

    @Test
    void readsADocumentStoredBeforeAsAJavaSerializedObject() {
        Document document = everyKindOfValue();
        // Java serialization never kept MinKey and MaxKey as the one instance each (BSON does)
        document.remove("min");
        document.remove("max");

        assertThat(roundTrip(document, new ObjectDataType())).isEqualTo(document);
    }

    @Test
    void storesADocumentBsonCannotCarryAsBefore() {
        Document document = new Document("_id", "x").append("big", new BigInteger("123456789012345678901234567890"));

        assertThat(DocumentValueType.encode(document)).isNull();
        assertThat(roundTrip(document, type)).isEqualTo(document);
    }

    @Test
    void aFileWrittenBeforeKeepsItsDocumentsAndTakesNewOnes(@TempDir Path dir) {
        String file = dir.resolve("store.mv").toString();
        EmbeddedIndexTest.withStore(() -> new H2Backend(file), clients -> {
            for (int i = 0; i < 50; i++) {
                clients.insertOne(new org.bson.Document("_id", "client-" + i).append("visits", i));
            }
        });
        EmbeddedIndexTest.withStore(() -> new EmbeddedH2Backend(file), clients -> {
            clients.updateOne(Filters.eq("_id", "client-7"), Updates.set("visits", 70));
            clients.insertOne(new org.bson.Document("_id", "client-new").append("visits", 1));
        });
        EmbeddedIndexTest.withStore(() -> new EmbeddedH2Backend(file), clients -> {
            assertThat(clients.countDocuments()).isEqualTo(51);
            for (int i = 0; i < 50; i++) {
                org.bson.Document client =
                        clients.find(Filters.eq("_id", "client-" + i)).first();
                assertThat(client).isNotNull();
                assertThat(client.getInteger("visits")).isEqualTo(i == 7 ? 70 : i);
            }
            assertThat(clients.find(Filters.eq("_id", "client-new")).first()).isNotNull();
        });
    }

    @Test
    void listsComeBackAsLists() {
        Document document = new Document("_id", "y").append("tags", List.of("a", "b"));

        assertThat(((Document) roundTrip(document, type)).get("tags")).isEqualTo(List.of("a", "b"));
    }
}

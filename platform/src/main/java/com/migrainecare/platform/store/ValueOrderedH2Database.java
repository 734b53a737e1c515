package com.migrainecare.platform.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * A database of the embedded store whose unique indexes order their keys by value ({@link IndexKeyType}) and whose
 * collections store their documents as BSON ({@link DocumentValueType}). The index maps have names of their own
 * ({@code <db>.<collection>._keys_<index>}); a map of the former byte-ordered kind ({@code ._index_}) is removed
 * when its index is opened, and the index is built again from the collection's documents ({@link IndexBuilds}).
 * The collections keep their maps ({@code databases.<db>.<collection>}, {@code meta.<db>.<collection>}): a document
 * stored before is read as it was written, and written as BSON the next time it changes.
 */
final class ValueOrderedH2Database extends H2Database {

    private static final IndexKeyType KEY_TYPE = new IndexKeyType();
    private static final DocumentValueType DOCUMENT_TYPE = new DocumentValueType();

    /** What the superclass's constructor opens the collections and indexes with, before this class's fields are set. */
    private record Opening(MVStore store, CursorRegistry cursors) {}

    private static final ThreadLocal<Opening> OPENING = new ThreadLocal<>();

    private final Opening opened;

    private ValueOrderedH2Database(String name, MVStore store, CursorRegistry cursors) {
        super(name, store, cursors);
        this.opened = new Opening(store, cursors);
    }

    static ValueOrderedH2Database open(String name, MVStore store, CursorRegistry cursors) {
        OPENING.set(new Opening(store, cursors));
        try {
            return new ValueOrderedH2Database(name, store, cursors);
        } finally {
            OPENING.remove();
        }
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String namespace = getFullCollectionNamespace(collectionName);
        MVStore mvStore = store();
        MVMap<Object, Document> documents = mvStore.openMap(
                "databases." + namespace, new MVMap.Builder<Object, Document>().valueType(DOCUMENT_TYPE));
        MVMap<String, Object> meta = mvStore.openMap("meta." + namespace);
        return new H2Collection(
                this, collectionName, options, documents, meta, opening().cursors());
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(
            String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        MVStore mvStore = store();
        String name = mapName(collectionName, indexName);
        boolean existed = mvStore.hasMap(name);
        MVMap<KeyValue, Object> map = mvStore.openMap(name, new MVMap.Builder<KeyValue, Object>().keyType(KEY_TYPE));
        IndexBuilds.clearUnlessBuilt(mvStore, name, map, existed);
        String byteOrdered = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
        if (mvStore.hasMap(byteOrdered)) {
            mvStore.removeMap(byteOrdered);
        }
        return new ValueOrderedUniqueIndex(map, indexName, keys, sparse);
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        String name = mapName(collection.getCollectionName(), indexName);
        MVStore mvStore = store();
        mvStore.removeMap(name);
        IndexBuilds.forget(mvStore, name);
    }

    private String mapName(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + "._keys_" + indexName;
    }

    private MVStore store() {
        return opening().store();
    }

    private Opening opening() {
        return opened != null ? opened : OPENING.get();
    }
}

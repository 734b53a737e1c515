package com.migrainecare.platform.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The writes of one unit of work, held for {@link BatchedWrites} until it commits. */
final class PendingWrites {

    /** A collection, and the mapped type its documents are written as (null: written as plain documents). */
    record Target(String collection, Class<?> type) {

        static Target named(String collection) {
            return new Target(collection, null);
        }

        static Target typed(Class<?> type, MongoTemplate mongo) {
            return new Target(mongo.getCollectionName(type), type);
        }

        BulkOperations bulk(MongoTemplate mongo, BulkMode mode) {
            return type == null ? mongo.bulkOps(mode, collection) : mongo.bulkOps(mode, type, collection);
        }
    }

    private record FieldWrite(String id, Update update, boolean upsert) {}

    /** How a whole document reaches the store. */
    private enum Way {
        /** inserted: the batch made it from an aggregate's first event without reading the store */
        INSERT,
        /** replaced (or created) under its id */
        REPLACE
    }

    /** A document written whole: as the batch knows it (null: none in the store), and whether it changed. */
    private static final class Whole {
        private final Way way;
        private final ToLongFunction<Object> versionOf;
        private Object document;
        private boolean changed;

        private Whole(Way way, ToLongFunction<Object> versionOf, Object document, boolean changed) {
            this.way = way;
            this.versionOf = versionOf;
            this.document = document;
            this.changed = changed;
        }
    }

    /** MongoDB's error code for a key an index already holds. */
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final Map<Target, List<FieldWrite>> fieldWrites = new LinkedHashMap<>();
    private final Map<Target, Map<Object, Whole>> wholes = new LinkedHashMap<>();

    PendingWrites(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    static void sendAtOnce(MongoTemplate mongo, Target target, String id, Update update, boolean upsert) {
        Query byId = byId(id);
        if (target.type() != null && upsert) {
            mongo.upsert(byId, update, target.type(), target.collection());
        } else if (target.type() != null) {
            mongo.updateFirst(byId, update, target.type(), target.collection());
        } else if (upsert) {
            mongo.upsert(byId, update, target.collection());
        } else {
            mongo.updateFirst(byId, update, target.collection());
        }
    }

    void fieldWrite(Target target, String id, Update update, boolean upsert) {
        ensureOneKind(target.collection(), wholes);
        fieldWrites.computeIfAbsent(target, t -> new ArrayList<>()).add(new FieldWrite(id, update, upsert));
    }

    void save(Object document) {
        Target target = Target.typed(document.getClass(), mongo);
        wholesOf(target).put(VersionedDocuments.idOf(mongo, document), new Whole(Way.REPLACE, null, document, true));
    }

    @SuppressWarnings("unchecked")
    <T> boolean saveIfNewer(
            Class<T> type, String id, ToLongFunction<? super T> versionOf, long version, UnaryOperator<T> next) {
        Map<Object, Whole> documents = wholesOf(Target.typed(type, mongo));
        Whole whole = documents.computeIfAbsent(
                id, key -> new Whole(Way.REPLACE, erased(versionOf), mongo.findById(id, type), false));
        T current = (T) whole.document;
        if (current != null && versionOf.applyAsLong(current) >= version) {
            return false;
        }
        whole.document = VersionedDocuments.checked(mongo, type, id, versionOf, version, next.apply(current));
        whole.changed = true;
        return true;
    }

    <T> boolean create(Class<T> type, String id, ToLongFunction<? super T> versionOf, long version, Supplier<T> first) {
        Map<Object, Whole> documents = wholesOf(Target.typed(type, mongo));
        if (documents.containsKey(id)) {
            return saveIfNewer(type, id, versionOf, version, current -> first.get());
        }
        T document = VersionedDocuments.checked(mongo, type, id, versionOf, version, first.get());
        documents.put(id, new Whole(Way.INSERT, erased(versionOf), document, true));
        return true;
    }

    /** Sends everything: whole documents first, then the field writes, one bulk request per collection and kind. */
    void send() {
        wholes.forEach(this::sendWholes);
        fieldWrites.forEach((target, writes) -> {
            BulkOperations bulk = target.bulk(mongo, BulkMode.ORDERED);
            for (FieldWrite write : writes) {
                if (write.upsert()) {
                    bulk.upsert(byId(write.id()), write.update());
                } else {
                    bulk.updateOne(byId(write.id()), write.update());
                }
            }
            bulk.execute();
        });
    }

    private void sendWholes(Target target, Map<Object, Whole> documents) {
        List<Map.Entry<Object, Whole>> inserts = new ArrayList<>();
        List<Map.Entry<Object, Whole>> replaces = new ArrayList<>();
        documents.entrySet().stream().filter(entry -> entry.getValue().changed).forEach(entry -> {
            if (entry.getValue().way == Way.INSERT) {
                inserts.add(entry);
            } else {
                replaces.add(entry);
            }
        });
        if (!inserts.isEmpty()) {
            insert(target, inserts);
        }
        if (!replaces.isEmpty()) {
            BulkOperations bulk = target.bulk(mongo, BulkMode.UNORDERED);
            FindAndReplaceOptions upsert = FindAndReplaceOptions.options().upsert();
            replaces.forEach(entry -> bulk.replaceOne(byId(entry.getKey()), entry.getValue().document, upsert));
            bulk.execute();
        }
    }

    /**
     * Inserts documents made from aggregates' first events. When one is in the store already (its events handled
     * again), each of them is checked on its own: the batch's document replaces the stored one only if it reflects
     * a later event. The batch's document was made from the aggregate's first event on, so it is complete.
     */
    @SuppressWarnings("unchecked")
    private void insert(Target target, List<Map.Entry<Object, Whole>> inserts) {
        try {
            target.bulk(mongo, BulkMode.UNORDERED)
                    .insert(inserts.stream()
                            .map(entry -> entry.getValue().document)
                            .toList())
                    .execute();
        } catch (BulkOperationException failed) {
            if (!failed.getErrors().stream().allMatch(error -> error.getCode() == DUPLICATE_KEY)) {
                throw failed;
            }
            for (Map.Entry<Object, Whole> entry : inserts) {
                Whole whole = entry.getValue();
                Object document = whole.document;
                // a document inserted for an aggregate's first event is keyed by the aggregate's id, a string
                VersionedDocuments.saveIfNewer(
                        mongo,
                        (Class<Object>) document.getClass(),
                        (String) entry.getKey(),
                        whole.versionOf,
                        whole.versionOf.applyAsLong(document),
                        current -> document);
            }
        }
    }

    private Map<Object, Whole> wholesOf(Target target) {
        ensureOneKind(target.collection(), fieldWrites);
        return wholes.computeIfAbsent(target, t -> new LinkedHashMap<>());
    }

    private static void ensureOneKind(String collection, Map<Target, ?> otherKind) {
        if (otherKind.keySet().stream().anyMatch(target -> target.collection().equals(collection))) {
            throw new IllegalStateException("collection " + collection
                    + " is written both whole and field by field in one batch; the order of the two is not kept");
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> ToLongFunction<Object> erased(ToLongFunction<? super T> versionOf) {
        return document -> versionOf.applyAsLong((T) document);
    }

    private static Query byId(Object id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}

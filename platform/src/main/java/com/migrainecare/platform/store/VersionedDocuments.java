package com.migrainecare.platform.store;

import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes a typed read-model document (a record mapped with {@code @Document} and {@code @Id}) only when an
 * event is newer than what it already reflects. The check is a read by {@code _id} followed by a replace by
 * {@code _id}: a filter on the version as well would make the embedded store scan the collection (it uses an
 * index only when the filter matches its keys exactly). Read-then-write is safe because one processor segment
 * owns all events of an aggregate, in order.
 */
public final class VersionedDocuments {

    private VersionedDocuments() {}

    /**
     * Reads the document {@code id} of {@code type}; unless {@code versionOf} finds it already at {@code version}
     * or later, saves what {@code next} makes of it ({@code next} gets null when there is none yet). Returns
     * whether it wrote.
     *
     * @throws IllegalArgumentException when {@code next} returns a document under another id or at another
     *     version: saving it would break the very check this method makes
     */
    public static <T> boolean saveIfNewer(
            MongoTemplate mongo,
            Class<T> type,
            String id,
            ToLongFunction<? super T> versionOf,
            long version,
            UnaryOperator<T> next) {
        T current = mongo.findById(id, type);
        if (current != null && versionOf.applyAsLong(current) >= version) {
            return false;
        }
        T updated = checked(mongo, type, id, versionOf, version, next.apply(current));
        mongo.save(updated);
        return true;
    }

    /**
     * For the first event of an aggregate, whose document does not depend on an earlier one: inserts what
     * {@code first} makes, one round trip where {@link #saveIfNewer} takes two. When the document exists already
     * (the event is handled again, in a replay or after a crash before the token moved on), it does what
     * {@code saveIfNewer} does. Returns whether it wrote.
     */
    public static <T> boolean insertOrSaveIfNewer(
            MongoTemplate mongo,
            Class<T> type,
            String id,
            ToLongFunction<? super T> versionOf,
            long version,
            Supplier<T> first) {
        T document = checked(mongo, type, id, versionOf, version, first.get());
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException handledBefore) {
            return saveIfNewer(mongo, type, id, versionOf, version, current -> document);
        }
    }

    static <T> T checked(
            MongoTemplate mongo, Class<T> type, String id, ToLongFunction<? super T> versionOf, long version, T next) {
        T updated = Objects.requireNonNull(next, "next document");
        Object updatedId = idOf(mongo, updated);
        if (!id.equals(updatedId) || versionOf.applyAsLong(updated) != version) {
            throw new IllegalArgumentException("expected document " + id + " at version " + version + ", got "
                    + updatedId + " at version " + versionOf.applyAsLong(updated));
        }
        return updated;
    }

    /** The {@code @Id} of a mapped document. */
    static Object idOf(MongoTemplate mongo, Object document) {
        return mongo.getConverter()
                .getMappingContext()
                .getRequiredPersistentEntity(document.getClass())
                .getIdentifierAccessor(document)
                .getIdentifier();
    }
}

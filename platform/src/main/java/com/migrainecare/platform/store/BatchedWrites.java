package com.migrainecare.platform.store;

import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Read-model writes made inside a unit of work (an event processor's batch) and sent to the store when it
 * commits: one bulk request per collection instead of a request per write, so a batch of a hundred bookings
 * costs a handful of round trips and store commits. The writes are sent in the unit of work's prepare-commit
 * phase, before the transaction that moves the processor's token on commits: a failed write rolls the batch back
 * and it is handled again, which the writes below survive (each sets what it sets, or checks a version). Outside a
 * unit of work each write is sent at once.
 *
 * <p>A document is written either whole ({@link #save}, {@link #saveIfNewer}, {@link #createOrSaveIfNewer}) or
 * field by field ({@link #upsert}, {@link #update}) within one batch, so that the order of the two kinds never
 * matters. Handlers of one processor read what an earlier event of the batch wrote whole through
 * {@link #saveIfNewer}; nothing in the batch reads the store directly for a document written here.
 */
public final class BatchedWrites {

    private final MongoTemplate mongo;
    private final String resourceKey = BatchedWrites.class.getName() + "#" + System.identityHashCode(this);

    public BatchedWrites(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Applies {@code update} to the document {@code id} of {@code collection}, creating it when there is none. */
    public void upsert(String collection, String id, Update update) {
        fieldWrite(PendingWrites.Target.named(collection), id, update, true);
    }

    /** Applies {@code update} to the document {@code id} of the type's collection, creating it when there is none. */
    public void upsert(Class<?> type, String id, Update update) {
        fieldWrite(PendingWrites.Target.typed(type, mongo), id, update, true);
    }

    /** Applies {@code update} to the document {@code id} of {@code collection} if it exists. */
    public void update(String collection, String id, Update update) {
        fieldWrite(PendingWrites.Target.named(collection), id, update, false);
    }

    /** Stores {@code document} (a mapped record) under its id, replacing what was there. */
    public void save(Object document) {
        PendingWrites pending = pending();
        if (pending == null) {
            mongo.save(document);
            return;
        }
        pending.save(document);
    }

    /**
     * What {@link VersionedDocuments#saveIfNewer} does, against the document as this batch left it: the first
     * time the batch touches the document it is read from the store, after that from the batch.
     */
    public <T> boolean saveIfNewer(
            Class<T> type, String id, ToLongFunction<? super T> versionOf, long version, UnaryOperator<T> next) {
        PendingWrites pending = pending();
        if (pending == null) {
            return VersionedDocuments.saveIfNewer(mongo, type, id, versionOf, version, next);
        }
        return pending.saveIfNewer(type, id, versionOf, version, next);
    }

    /**
     * What {@link VersionedDocuments#insertOrSaveIfNewer} does, for an aggregate's first event: the document is
     * inserted when the batch commits, without reading the store first. Should the store hold it already (the
     * event handled again), the batch's document replaces it only if it reflects a later event.
     */
    public <T> boolean createOrSaveIfNewer(
            Class<T> type, String id, ToLongFunction<? super T> versionOf, long version, Supplier<T> first) {
        PendingWrites pending = pending();
        if (pending == null) {
            return VersionedDocuments.insertOrSaveIfNewer(mongo, type, id, versionOf, version, first);
        }
        return pending.create(type, id, versionOf, version, first);
    }

    private void fieldWrite(PendingWrites.Target target, String id, Update update, boolean upsert) {
        PendingWrites pending = pending();
        if (pending == null) {
            PendingWrites.sendAtOnce(mongo, target, id, update, upsert);
            return;
        }
        pending.fieldWrite(target, id, update, upsert);
    }

    /** This unit of work's writes, registered to be sent when it commits; null outside a unit of work. */
    private PendingWrites pending() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(resourceKey, key -> {
            PendingWrites writes = new PendingWrites(mongo);
            root.onPrepareCommit(unitOfWork -> writes.send());
            return writes;
        });
    }
}

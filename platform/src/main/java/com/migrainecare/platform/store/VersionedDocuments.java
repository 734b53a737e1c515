package com.migrainecare.platform.store;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Writes a read-model document only when an event is newer than what it already reflects. The check is a
 * read by {@code _id} followed by a write by {@code _id}: a filter on the version as well would make the
 * embedded store scan the collection (it uses an index only when the filter matches its keys exactly).
 * Read-then-write is safe because one processor segment owns all events of an aggregate, in order.
 */
public final class VersionedDocuments {

    private VersionedDocuments() {}

    /**
     * Applies {@code update} (plus the new version) to the document {@code id} unless it is already at
     * {@code version} or later; returns whether it wrote.
     */
    public static boolean upsertIfNewer(
            MongoTemplate mongo, String collection, String id, String versionField, long version, Update update) {
        Query byId = Query.query(Criteria.where("_id").is(id));
        Query fields = Query.query(Criteria.where("_id").is(id));
        fields.fields().include(versionField);
        Document current = mongo.findOne(fields, Document.class, collection);
        if (current != null && current.get(versionField) instanceof Number stored && stored.longValue() >= version) {
            return false;
        }
        mongo.upsert(byId, update.set(versionField, version), collection);
        return true;
    }
}

package com.migrainecare.notification.reminder;

import com.migrainecare.platform.access.Narrowing;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The reminder schedule. A reminder is written once, when first planned; after that only its status moves. The
 * planner moves a reminder only away from SCHEDULED (withdrawn, skipped), naming SCHEDULED in its filter, and only
 * after it removed the reminder's timer while no dispatcher held it ({@link ReminderSchedule#cancelUnlessClaimed}).
 * A dispatcher moves only reminders whose timers it holds (SENT, WITHDRAWN, SKIPPED, FAILED, or SCHEDULED again for
 * a later try), by id: what it records is what it did. So a withdrawal and a send never both happen: whichever of
 * the planner and a dispatcher gets the timer first decides.
 */
@Component
class Reminders {

    private final MongoTemplate mongo;
    private final ReminderRepository repository;

    Reminders(MongoTemplate mongo, ReminderRepository repository) {
        this.mongo = mongo;
        this.repository = repository;
        ensureIndexes();
    }

    /**
     * Every status change filters by id and status, and every booking change looks up a booking's SCHEDULED
     * reminders. The embedded Mongo-wire store serves a query from an index only when the index has exactly the
     * query's fields: without the (id, status) index each change scanned the whole collection, which made
     * sending 100k reminders quadratic (see BENCHMARKS.md). A real MongoDB uses the id index either way.
     */
    private void ensureIndexes() {
        IndexOperations indexes = mongo.indexOps(Reminder.COLLECTION);
        indexes.ensureIndex(new Index()
                .on("_id", Sort.Direction.ASC)
                .on("status", Sort.Direction.ASC)
                .unique());
        indexes.ensureIndex(new Index().on("bookingId", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
    }

    /** Stores {@code reminder} unless it was planned before; returns whether it was new. */
    boolean planOnce(Reminder reminder) {
        try {
            mongo.insert(reminder, Reminder.COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyPlanned) {
            return false;
        }
    }

    Optional<Reminder> find(String id) {
        return repository.findById(id);
    }

    /** The SCHEDULED reminders of a booking that were planned for a version before {@code version}. */
    List<Reminder> scheduledBefore(String bookingId, long version) {
        return repository.findByBookingIdAndStatus(bookingId, ReminderStatus.SCHEDULED).stream()
                .filter(reminder -> reminder.bookingVersion() < version)
                .toList();
    }

    boolean withdraw(String id, String reason) {
        return leaveScheduled(id, ReminderStatus.WITHDRAWN, new Update().set("reason", reason));
    }

    boolean skip(String id, String reason) {
        return leaveScheduled(id, ReminderStatus.SKIPPED, new Update().set("reason", reason));
    }

    boolean markSent(String id, Instant at) {
        return leaveScheduled(id, ReminderStatus.SENT, new Update().set("sentAt", at));
    }

    /** The stored reminders among {@code ids}, in one read. */
    List<Reminder> findAll(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), Reminder.class, Reminder.COLLECTION);
    }

    /** Records how each reminder of a held timer ended, in one write; returns how many changed. */
    int finish(List<Ending> endings) {
        if (endings.isEmpty()) {
            return 0;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Reminder.COLLECTION);
        for (Ending ending : endings) {
            // "claim": the field earlier versions wrote while a reminder was SENDING
            Update update = new Update().set("status", ending.status().name()).unset("claim");
            if (ending.sentAt() != null) {
                update.set("sentAt", ending.sentAt());
            }
            if (ending.reason() != null) {
                update.set("reason", ending.reason());
            }
            bulk.updateOne(byId(ending.id()), update);
        }
        return bulk.execute().getModifiedCount();
    }

    /** Records a refused try of a held reminder; {@code last} makes it FAILED, otherwise SCHEDULED again. */
    boolean recordFailure(String id, int attempts, String error, boolean last) {
        Update update = new Update()
                .set("attempts", attempts)
                .set("lastError", error)
                .set("status", (last ? ReminderStatus.FAILED : ReminderStatus.SCHEDULED).name())
                .unset("claim");
        return mongo.updateFirst(byId(id), update, Reminder.COLLECTION).getModifiedCount() == 1;
    }

    /** The reminders that match the filters among those {@code visible} lets the caller see. */
    List<Reminder> search(String clientId, String bookingId, ReminderStatus status, Narrowing visible) {
        Criteria criteria = new Criteria();
        if (clientId != null) {
            criteria = criteria.and("clientId").is(clientId);
        }
        if (bookingId != null) {
            criteria = criteria.and("bookingId").is(bookingId);
        }
        if (status != null) {
            criteria = criteria.and("status").is(status.name());
        }
        // reminders name no location or therapist: a narrowing by those finds nothing
        Criteria scoped = new Criteria().andOperator(criteria, visible.criteria());
        return mongo.find(Query.query(scoped).with(Sort.by("dueAt", "_id")), Reminder.class, Reminder.COLLECTION);
    }

    private boolean leaveScheduled(String id, ReminderStatus next, Update update) {
        return mongo.updateFirst(
                                inStatus(id, ReminderStatus.SCHEDULED),
                                update.set("status", next.name()),
                                Reminder.COLLECTION)
                        .getModifiedCount()
                == 1;
    }

    /** By id alone, so that the store finds it through the id index. */
    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    private static Query inStatus(String id, ReminderStatus status) {
        return Query.query(Criteria.where("_id").is(id).and("status").is(status.name()));
    }

    /** How a reminder of a held timer ended: SENT at {@code sentAt}, or WITHDRAWN / SKIPPED for {@code reason}. */
    record Ending(String id, ReminderStatus status, Instant sentAt, String reason) {

        static Ending sent(String id, Instant at) {
            return new Ending(id, ReminderStatus.SENT, at, null);
        }

        static Ending because(String id, ReminderStatus status, String reason) {
            return new Ending(id, status, null, reason);
        }
    }
}

package com.migrainecare.booking.audit;

import com.migrainecare.platform.access.Narrowing;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads of the audit log, oldest event first. */
@Component
public class AuditQueries {

    private final MongoTemplate mongo;

    public AuditQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** One page of entries and the total that matched. */
    public record Page(List<AuditEntry> content, long total) {}

    public Page page(AuditFilter filter, Narrowing visible, int page, int size) {
        Query query = query(filter, visible);
        long total = mongo.count(query, AuditEntry.class);
        List<AuditEntry> content =
                mongo.find(query.with(Sort.by("seq")).skip((long) page * size).limit(size), AuditEntry.class);
        return new Page(content, total);
    }

    /** Every matching entry, read through a cursor; the caller closes the stream. */
    public Stream<AuditEntry> stream(AuditFilter filter, Narrowing visible) {
        return mongo.stream(query(filter, visible).with(Sort.by("seq")).cursorBatchSize(500), AuditEntry.class);
    }

    /** The bookings whose events name {@code field} = {@code id}, as the log knows them at {@code asOf}. */
    List<String> bookingsNaming(String field, String id, Instant asOf) {
        Query query = Query.query(Criteria.where(field).is(id).and("at").lte(asOf));
        return mongo.find(query, AuditEntry.class).stream()
                .flatMap(entry -> entry.bookingIds().stream())
                .distinct()
                .toList();
    }

    /** The entries that match {@code filter} among those {@code visible} lets the caller see. */
    private static Query query(AuditFilter filter, Narrowing visible) {
        Criteria criteria = new Criteria();
        eq(criteria, "locationIds", filter.locationId());
        eq(criteria, "therapistIds", filter.therapistId());
        eq(criteria, "clientIds", filter.clientId());
        eq(criteria, "bookingIds", filter.bookingId());
        eq(criteria, "roomIds", filter.roomId());
        eq(criteria, "actor", filter.actor());
        eq(criteria, "type", filter.type());
        if (filter.from() != null || filter.to() != null || filter.asOf() != null) {
            Criteria at = criteria.and("at");
            if (filter.from() != null) {
                at.gte(filter.from());
            }
            if (filter.to() != null) {
                at.lt(filter.to());
            }
            if (filter.asOf() != null) {
                at.lte(filter.asOf());
            }
        }
        return Query.query(
                new Criteria().andOperator(criteria, visible.criteria("locationIds", "therapistIds", "clientIds")));
    }

    private static void eq(Criteria criteria, String field, String value) {
        if (value != null) {
            criteria.and(field).is(value);
        }
    }
}

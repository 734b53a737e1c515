package com.migrainecare.booking.booking;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads of the booking projections. */
@Component
public class BookingQueries {

    private final MongoTemplate mongo;

    public BookingQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Filters of the booking list; null means any. */
    public record Filter(
            String clientId, String therapistId, String locationId, Instant from, Instant to, String status) {}

    /** One page of bookings and the total that matched. */
    public record Page(List<Document> content, long total) {}

    public Document get(String bookingId) {
        Document booking = mongo.findById(bookingId, Document.class, BookingProjection.BOOKINGS);
        if (booking == null) {
            throw new RuleViolation(ErrorCode.BOOKING_NOT_FOUND, "no such booking: " + bookingId);
        }
        return booking;
    }

    public Page list(Filter filter, int page, int size) {
        Criteria criteria = new Criteria();
        eq(criteria, "clientId", filter.clientId());
        eq(criteria, "therapistId", filter.therapistId());
        eq(criteria, "locationId", filter.locationId());
        eq(criteria, "status", filter.status());
        if (filter.from() != null) {
            criteria.and("end").gt(Date.from(filter.from()));
        }
        if (filter.to() != null) {
            criteria.and("start").lt(Date.from(filter.to()));
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, BookingProjection.BOOKINGS);
        query.with(Sort.by("start", "_id")).skip((long) page * size).limit(size);
        return new Page(mongo.find(query, Document.class, BookingProjection.BOOKINGS), total);
    }

    public List<Document> history(String bookingId) {
        Document history = mongo.findById(bookingId, Document.class, BookingProjection.HISTORY);
        if (history == null || !(history.get("entries") instanceof Document entries)) {
            throw new RuleViolation(ErrorCode.BOOKING_NOT_FOUND, "no such booking: " + bookingId);
        }
        return entries.values().stream()
                .map(Document.class::cast)
                .sorted(Comparator.comparingLong(entry -> ((Number) entry.get("seq")).longValue()))
                .toList();
    }

    private static void eq(Criteria criteria, String field, String value) {
        if (value != null) {
            criteria.and(field).is(value);
        }
    }
}

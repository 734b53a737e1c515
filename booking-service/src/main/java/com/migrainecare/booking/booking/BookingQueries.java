package com.migrainecare.booking.booking;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.booking.BookingStatus;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.platform.access.Narrowing;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads of the booking projections: one booking and its history by id, and filtered pages of bookings. */
@Component
public class BookingQueries {

    private final MongoTemplate mongo;

    public BookingQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Filters of the booking list; null means any. */
    public record Filter(
            String clientId, String therapistId, String locationId, Instant from, Instant to, BookingStatus status) {}

    /**
     * Where a client has been booked: every location of any booking of theirs, and the therapists of the sessions
     * that were not cancelled. {@code booked} is false for a client never booked anywhere.
     */
    public record ClientPlaces(boolean booked, Set<String> locationIds, Set<String> therapistIds) {}

    /** One page of bookings and the total that matched. */
    public record Page(List<BookingView> content, long total) {}

    public BookingView get(BookingId bookingId) {
        BookingView booking = mongo.findById(bookingId.value(), BookingView.class);
        if (booking == null) {
            throw notFound(bookingId);
        }
        return booking;
    }

    public ClientPlaces placesOf(String clientId) {
        List<BookingView> bookings =
                mongo.find(Query.query(Criteria.where("clientId").is(clientId)), BookingView.class);
        Set<String> locations = new HashSet<>();
        Set<String> therapists = new HashSet<>();
        for (BookingView booking : bookings) {
            locations.add(booking.locationId());
            if (booking.status() != BookingStatus.CANCELLED && booking.status() != BookingStatus.LATE_CANCELLED) {
                therapists.add(booking.therapistId());
            }
        }
        return new ClientPlaces(!bookings.isEmpty(), locations, therapists);
    }

    /** The bookings that match {@code filter} among those {@code visible} lets the caller see. */
    public Page list(Filter filter, Narrowing visible, int page, int size) {
        Criteria criteria = new Criteria();
        eq(criteria, "clientId", filter.clientId());
        eq(criteria, "therapistId", filter.therapistId());
        eq(criteria, "locationId", filter.locationId());
        eq(criteria, "status", filter.status());
        if (filter.from() != null) {
            criteria.and("end").gt(filter.from());
        }
        if (filter.to() != null) {
            criteria.and("start").lt(filter.to());
        }
        Query query = Query.query(new Criteria().andOperator(criteria, visible.criteria()));
        long total = mongo.count(query, BookingView.class);
        query.with(Sort.by("start", "id")).skip((long) page * size).limit(size);
        return new Page(mongo.find(query, BookingView.class), total);
    }

    /** The booking's history, oldest first. */
    public List<BookingHistory.Entry> history(BookingId bookingId) {
        BookingHistory history = mongo.findById(bookingId.value(), BookingHistory.class);
        if (history == null || history.entries() == null) {
            throw notFound(bookingId);
        }
        return history.entries().values().stream()
                .sorted(Comparator.comparingLong(BookingHistory.Entry::seq))
                .toList();
    }

    private static RuleViolation notFound(BookingId bookingId) {
        return new RuleViolation(ErrorCode.BOOKING_NOT_FOUND, "no such booking: " + bookingId);
    }

    private static void eq(Criteria criteria, String field, Object value) {
        if (value != null) {
            criteria.and(field).is(value);
        }
    }
}

package com.migrainecare.bench.baseline;

import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

/** The bookings, with the overlap check that guards every insert. */
public interface BaselineBookings extends MongoRepository<BaselineBooking, String> {

    @Query(
            value = "{ 'status': 'CONFIRMED', 'start': { $lt: ?1 }, 'end': { $gt: ?0 },"
                    + " $or: [ { 'therapistId': ?2 }, { 'roomId': ?3 }, { 'clientId': ?4 } ] }",
            exists = true)
    boolean existsOverlap(Instant start, Instant end, String therapistId, String roomId, String clientId);

    @Query("{ 'status': 'CONFIRMED', 'locationId': ?0, 'start': { $lt: ?2 }, 'end': { $gt: ?1 } }")
    List<BaselineBooking> atLocationBetween(String locationId, Instant from, Instant to);
}

package com.migrainecare.bench.baseline;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One booking, one document. */
@Document("bookings")
public record BaselineBooking(
        @Id String id,
        String clientId,
        String therapistId,
        String locationId,
        String roomId,
        String technique,
        Instant start,
        Instant end,
        String status) {}

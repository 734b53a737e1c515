package com.migrainecare.notification.delivery;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Range;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The {@code deliveries} collection. */
public interface Deliveries extends MongoRepository<Delivery, String> {

    List<Delivery> findByHandedOverAtBetweenOrderByHandedOverAt(Range<Instant> period);

    List<Delivery> findByClientId(String clientId);

    List<Delivery> findByClientIdAndHandedOverAtBetweenOrderByHandedOverAt(String clientId, Range<Instant> period);
}

package com.migrainecare.notification.delivery;

import com.migrainecare.platform.access.Narrowing;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Range;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The {@code deliveries} collection. */
public interface Deliveries extends MongoRepository<Delivery, String> {

    List<Delivery> findByHandedOverAtBetweenOrderByHandedOverAt(Range<Instant> period);

    List<Delivery> findByClientId(String clientId);

    List<Delivery> findByClientIdAndHandedOverAtBetweenOrderByHandedOverAt(String clientId, Range<Instant> period);

    /**
     * The deliveries of {@code clientId} (or of everybody) in {@code period}, among those {@code visible} lets the
     * caller see: everything, or one client's own. Deliveries name no location or therapist, so a narrowing by
     * those finds nothing; a filter naming another client finds nothing either.
     */
    default List<Delivery> visible(Narrowing visible, String clientId, Range<Instant> period) {
        String client = clientId;
        if (!visible.everything()) {
            if (visible.clientId() == null || (clientId != null && !clientId.equals(visible.clientId()))) {
                return List.of();
            }
            client = visible.clientId();
        }
        return client == null
                ? findByHandedOverAtBetweenOrderByHandedOverAt(period)
                : findByClientIdAndHandedOverAtBetweenOrderByHandedOverAt(client, period);
    }
}

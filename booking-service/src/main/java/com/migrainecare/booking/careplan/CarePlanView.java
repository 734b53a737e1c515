package com.migrainecare.booking.careplan;

import com.migrainecare.kernel.careplan.CarePlanEvent.CarePlanAccepted;
import com.migrainecare.kernel.careplan.CarePlanEvent.StressPeriodDeclared;
import com.migrainecare.kernel.careplan.Recommendation;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.CarePlanId;
import com.migrainecare.kernel.ids.ClientId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A care plan as it stands: the last recommendation and, once accepted, what was started; the tentative bookings
 * it proposed (pending or answered), and when it ended.
 */
public record CarePlanView(
        CarePlanId carePlanId,
        ClientId clientId,
        Status status,
        Recommendation recommendation,
        LocalDate recommendedOn,
        CarePlanAccepted accepted,
        List<StressPeriodDeclared> stressPeriods,
        List<BookingId> proposals,
        Instant endedAt,
        long version) {

    /** RECOMMENDED until the client accepts it, then ACTIVE until it ends. */
    public enum Status {
        RECOMMENDED,
        ACTIVE,
        ENDED
    }
}

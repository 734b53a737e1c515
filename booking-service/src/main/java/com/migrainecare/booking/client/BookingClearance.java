package com.migrainecare.booking.client;

import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.ClientId;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a booking without a manager's override checks of a client's record: that it was not erased, and DOMAIN.md
 * rule 2's clearance for the session's work. Made by {@link Client#bookingClearance()} with a policy of its own
 * that no event changes, so it can be kept between bookings while the record has no new event; it holds no
 * intake, no name and no contact details.
 */
public final class BookingClearance {

    private final ClientId clientId;
    private final boolean erased;
    private final ClearancePolicy policy;

    BookingClearance(ClientId clientId, boolean erased, ClearancePolicy policy) {
        this.clientId = clientId;
        this.erased = erased;
        this.policy = policy;
    }

    /** Refuses an erased client, and neck-focused work the client is not cleared for on {@code sessionDate}. */
    public void ensureCleared(Set<Technique> techniques, boolean includesNeck, LocalDate sessionDate) {
        if (erased) {
            throw Client.erased(clientId);
        }
        policy.requireFor(techniques, includesNeck, sessionDate, null);
    }
}

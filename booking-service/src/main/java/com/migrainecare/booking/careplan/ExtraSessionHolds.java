package com.migrainecare.booking.careplan;

import com.migrainecare.booking.booking.BookingService;
import com.migrainecare.booking.booking.BookingState;
import com.migrainecare.booking.booking.SessionRequest;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.careplan.Alternative;
import com.migrainecare.kernel.ids.CarePlanId;
import com.migrainecare.kernel.time.RequestedTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Turns the offers for an extra session into a tentative booking: the first offer the booking desk accepts is
 * held (its therapist's, room's and client's time claimed like a booking's, 48 hours from the client's other
 * sessions) until the client accepts it or the hold ({@code clinic.care-plan.tentative-hold}, at most until the
 * session starts) runs out.
 */
@Component
class ExtraSessionHolds {

    private final BookingService bookings;
    private final CadenceProperties table;
    private final CarePlanProperties properties;
    private final Clock clock;

    ExtraSessionHolds(BookingService bookings, CadenceProperties table, CarePlanProperties properties, Clock clock) {
        this.bookings = bookings;
        this.table = table;
        this.properties = properties;
        this.clock = clock;
    }

    /** The first of {@code offers} held for the plan's client, or empty when the desk refuses them all. */
    Optional<BookingState> holdFirst(SeriesView series, List<Alternative> offers, String reason) {
        for (Alternative offer : offers) {
            try {
                return Optional.of(hold(series, offer, reason));
            } catch (RuleViolation refused) {
                if (refused.code().kind() == ErrorCode.Kind.NOT_FOUND) {
                    throw refused;
                }
                // taken since the search, or too close to another session: the next offer may still do
            }
        }
        return Optional.empty();
    }

    private BookingState hold(SeriesView series, Alternative offer, String reason) {
        Instant start = offer.slot().start();
        Instant until = clock.instant().plus(properties.tentativeHold());
        return bookings.hold(
                new SessionRequest(
                        series.clientId(),
                        offer.therapistId(),
                        series.locationId(),
                        offer.roomId(),
                        series.technique(),
                        Set.of(),
                        true,
                        new RequestedTime.Exact(start),
                        series.duration(),
                        null),
                table.minimumGap(),
                until.isBefore(start) ? until : start,
                series.carePlanId() == null ? CarePlanId.of(series.clientId()) : series.carePlanId(),
                reason);
    }
}

package com.migrainecare.booking.access;

import com.migrainecare.booking.booking.BookingQueries;
import com.migrainecare.booking.booking.BookingQueries.ClientPlaces;
import com.migrainecare.booking.booking.BookingService;
import com.migrainecare.booking.careplan.SeriesService;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.SeriesId;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Where the resource a request names is: a booking's and a series' client, therapist and location, read from their
 * aggregates (so a write right after a booking sees it), and the places a client has been booked at.
 */
@Component
class Whereabouts {

    /** The people and place of one session or series. */
    record Place(String clientId, String therapistId, String locationId) {}

    private final BookingService bookings;
    private final BookingQueries bookingQueries;
    private final SeriesService series;

    Whereabouts(BookingService bookings, BookingQueries bookingQueries, SeriesService series) {
        this.bookings = bookings;
        this.bookingQueries = bookingQueries;
        this.series = series;
    }

    /**
     * An id that cannot be one (the controller refuses it with a 400, and no resource has it): rules let such a
     * request through rather than answer 404 for some callers and 400 for others.
     */
    static boolean malformed(String id, Function<String, ?> parse) {
        try {
            parse.apply(id);
            return false;
        } catch (IllegalArgumentException notAnId) {
            return true;
        }
    }

    Optional<Place> booking(String id) {
        return read(() -> {
            var state = bookings.current(new BookingId(id));
            return new Place(
                    state.clientId().value(),
                    state.placement().therapistId().value(),
                    state.placement().locationId().value());
        });
    }

    Optional<Place> series(String id) {
        return read(() -> {
            var view = series.view(new SeriesId(id));
            return new Place(
                    view.clientId().value(),
                    view.therapistId().value(),
                    view.locationId().value());
        });
    }

    ClientPlaces client(String clientId) {
        return bookingQueries.placesOf(clientId);
    }

    /** An id that is malformed or unknown names nothing. */
    private static Optional<Place> read(Supplier<Place> lookup) {
        try {
            return Optional.of(lookup.get());
        } catch (RuleViolation | IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}

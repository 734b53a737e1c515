package com.migrainecare.booking.careplan;

import com.migrainecare.booking.booking.BookingService;
import com.migrainecare.booking.booking.BookingState;
import com.migrainecare.kernel.booking.BookingStatus;
import com.migrainecare.kernel.ids.BookingId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The sessions a care plan answers for, read from the bookings themselves (never behind the last command): its
 * pending proposals (tentative bookings whose hold still lasts) and what is booked against it ahead (the
 * occurrences of its series and the proposals the client accepted, confirmed and not yet started).
 */
@Component
class PlanSessions {

    private final BookingService bookings;
    private final SeriesService series;
    private final Clock clock;

    PlanSessions(BookingService bookings, SeriesService series, Clock clock) {
        this.bookings = bookings;
        this.series = series;
        this.clock = clock;
    }

    /** Pending proposals and upcoming booked sessions, each ordered by start. */
    record Sessions(List<BookingState> pending, List<BookingState> booked) {}

    Sessions of(CarePlanView plan) {
        if (plan.accepted() == null) {
            return new Sessions(List.of(), List.of());
        }
        Instant now = clock.instant();
        List<BookingState> pending = new ArrayList<>();
        List<BookingState> booked = new ArrayList<>();
        for (BookingId id : ids(plan)) {
            // a booking that is gone (none of that id) is left out
            bookings.find(id).ifPresent(state -> {
                if (state.status() == BookingStatus.TENTATIVE && now.isBefore(state.holdUntil())) {
                    pending.add(state);
                } else if (state.status() == BookingStatus.CONFIRMED
                        && state.placement().slot().start().isAfter(now)) {
                    booked.add(state);
                }
            });
        }
        Comparator<BookingState> byStart =
                Comparator.comparing(state -> state.placement().slot().start());
        pending.sort(byStart);
        booked.sort(byStart);
        return new Sessions(List.copyOf(pending), List.copyOf(booked));
    }

    /** The series' bookings, then the proposals, each once. */
    private Set<BookingId> ids(CarePlanView plan) {
        Set<BookingId> ids = new LinkedHashSet<>();
        series.view(plan.accepted().seriesId()).occurrences().stream()
                .filter(occurrence -> occurrence.bookingId() != null)
                .forEach(occurrence -> ids.add(occurrence.bookingId()));
        ids.addAll(plan.proposals());
        return ids;
    }
}

package com.migrainecare.booking.careplan;

import com.migrainecare.booking.booking.BookingService;
import com.migrainecare.booking.booking.BookingState;
import com.migrainecare.booking.chain.AggregateReader;
import com.migrainecare.booking.chain.LocationDirectory;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.careplan.SeriesCommand.ScheduleSeries;
import com.migrainecare.kernel.ids.SeriesId;
import com.migrainecare.platform.axon.Commands;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Schedules a recurring series: records its occurrences, planned on the location's calendar, on the series
 * first, then books each one (see {@link OccurrenceBookings}: the rules and the one-transaction booking of a
 * single session, plus the minimum gap between two sessions of the client). An occurrence that cannot be booked
 * does not stop the series: it is recorded as a conflict, with alternatives. A request cut off half-way leaves
 * occurrences planned, which the series' completion check books later under the same ids.
 */
@Service
public class SeriesService {

    private final Commands commands;
    private final BookingService bookings;
    private final OccurrenceBookings occurrences;
    private final LocationDirectory locations;
    private final AggregateReader<Series> series;
    private final Clock clock;

    public SeriesService(
            Commands commands,
            BookingService bookings,
            OccurrenceBookings occurrences,
            LocationDirectory locations,
            @Qualifier("seriesRepository") Repository<Series> seriesRepository,
            Clock clock) {
        this.commands = commands;
        this.bookings = bookings;
        this.occurrences = occurrences;
        this.locations = locations;
        this.series = new AggregateReader<>(seriesRepository, ErrorCode.SERIES_NOT_FOUND);
        this.clock = clock;
    }

    /** A series as scheduled: the state of each occurrence, and the bookings made for it. */
    public record Scheduled(SeriesView series, List<BookingState> bookings) {}

    public Scheduled schedule(SeriesRequest request, String reason) {
        SeriesId id = plan(request, reason);
        occurrences.bookPlanned(id, reason);
        SeriesView view = view(id);
        return new Scheduled(view, bookingsOf(view));
    }

    /** Records the series and its planned occurrences, none of them booked yet. */
    SeriesId plan(SeriesRequest request, String reason) {
        BookingService.requireSessionLength(request.duration());
        ZoneId zone = locations.get(request.locationId()).timeZone();
        LocalDateTime first = request.firstStart().wallClockIn(zone);
        requireFuture(first, zone);
        List<LocalDateTime> planned =
                Recurrence.occurrences(first, request.cadence(), request.weekdays(), request.count(), request.until());
        commands.send(
                new ScheduleSeries(
                        request.seriesId(),
                        request.clientId(),
                        request.therapistId(),
                        request.locationId(),
                        request.technique(),
                        request.duration(),
                        zone,
                        planned,
                        request.carePlanId()),
                reason);
        return request.seriesId();
    }

    /** A series starts in the future (a first start in a DST gap counts from where the clocks land). */
    public void requireFuture(LocalDateTime first, ZoneId zone) {
        if (!ZonedDateTime.of(first, zone).toInstant().isAfter(clock.instant())) {
            throw new RuleViolation(ErrorCode.START_IN_PAST, "a series must start in the future");
        }
    }

    public SeriesView view(SeriesId id) {
        return series.read(id.value(), Series::snapshot);
    }

    /** The bookings of the series' booked occurrences, as they stand, in occurrence order. */
    private List<BookingState> bookingsOf(SeriesView view) {
        return view.occurrences().stream()
                .filter(occurrence -> occurrence.status() == SeriesView.Status.BOOKED)
                .map(occurrence -> bookings.current(occurrence.bookingId()))
                .toList();
    }
}

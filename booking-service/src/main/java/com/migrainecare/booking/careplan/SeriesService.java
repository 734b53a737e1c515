package com.migrainecare.booking.careplan;

import com.migrainecare.booking.booking.BookingService;
import com.migrainecare.booking.booking.BookingState;
import com.migrainecare.booking.booking.RequestedTime;
import com.migrainecare.booking.booking.SessionRequest;
import com.migrainecare.booking.chain.AggregateReader;
import com.migrainecare.booking.chain.LocationDirectory;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.careplan.Alternative;
import com.migrainecare.kernel.careplan.SeriesCommand.RecordOccurrenceBooked;
import com.migrainecare.kernel.careplan.SeriesCommand.RecordOccurrenceConflict;
import com.migrainecare.kernel.careplan.SeriesCommand.ScheduleSeries;
import com.migrainecare.kernel.ids.SeriesId;
import com.migrainecare.kernel.time.WallClock;
import com.migrainecare.platform.axon.Commands;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Schedules a recurring series: plans its occurrences on the location's calendar, then books each one through
 * {@link BookingService} (the same rules and the same one-transaction booking as a single session, plus the
 * minimum gap between two sessions of the client). An occurrence that cannot be booked does not stop the
 * series: it is recorded as a conflict, with alternatives.
 */
@Service
public class SeriesService {

    private final Commands commands;
    private final BookingService bookings;
    private final LocationDirectory locations;
    private final SeriesAlternatives alternatives;
    private final CadenceProperties table;
    private final AggregateReader<Series> series;
    private final Clock clock;

    public SeriesService(
            Commands commands,
            BookingService bookings,
            LocationDirectory locations,
            SeriesAlternatives alternatives,
            CadenceProperties table,
            @Qualifier("seriesRepository") Repository<Series> seriesRepository,
            Clock clock) {
        this.commands = commands;
        this.bookings = bookings;
        this.locations = locations;
        this.alternatives = alternatives;
        this.table = table;
        this.series = new AggregateReader<>(seriesRepository, ErrorCode.SERIES_NOT_FOUND);
        this.clock = clock;
    }

    /** A series as scheduled: the state of each occurrence, and the bookings made for it. */
    public record Scheduled(SeriesView series, List<BookingState> bookings) {}

    public Scheduled schedule(SeriesRequest request, String reason) {
        BookingService.requireSessionLength(request.duration());
        ZoneId zone = locations.get(request.locationId()).timeZone();
        LocalDateTime first = request.firstStart().wallClockIn(zone);
        requireFuture(first, zone);
        List<LocalDateTime> planned =
                Recurrence.occurrences(first, request.cadence(), request.weekdays(), request.count(), request.until());
        SeriesId id = request.seriesId();
        commands.send(
                new ScheduleSeries(
                        id,
                        request.clientId(),
                        request.therapistId(),
                        request.locationId(),
                        request.technique(),
                        request.duration(),
                        zone,
                        planned,
                        request.carePlanId()),
                reason);
        List<BookingState> booked = new ArrayList<>();
        for (int index = 0; index < planned.size(); index++) {
            bookOccurrence(request, id, index, planned, zone, booked, reason);
        }
        return new Scheduled(view(id), booked);
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

    private void bookOccurrence(
            SeriesRequest request,
            SeriesId id,
            int index,
            List<LocalDateTime> planned,
            ZoneId zone,
            List<BookingState> booked,
            String reason) {
        LocalDateTime local = planned.get(index);
        try {
            BookingState state = bookings.book(
                    new SessionRequest(
                            request.clientId(),
                            request.therapistId(),
                            request.locationId(),
                            null,
                            request.technique(),
                            Set.of(),
                            true,
                            new RequestedTime.Local(local),
                            request.duration(),
                            null),
                    table.minimumGap(),
                    reason);
            booked.add(state);
            commands.send(
                    new RecordOccurrenceBooked(
                            id,
                            index,
                            state.bookingId(),
                            state.placement().slot().start()),
                    reason);
        } catch (RuleViolation refused) {
            if (refused.code().kind() == ErrorCode.Kind.NOT_FOUND) {
                // an unknown client or therapist is the request's fault, not one occurrence's
                throw refused;
            }
            conflict(request, id, index, local, zone, booked, refused.code(), refused.getMessage(), reason);
        } catch (WallClock.NonexistentLocalTimeException gap) {
            conflict(
                    request,
                    id,
                    index,
                    local,
                    zone,
                    booked,
                    ErrorCode.NONEXISTENT_LOCAL_TIME,
                    gap.getMessage(),
                    reason);
        }
    }

    private void conflict(
            SeriesRequest request,
            SeriesId id,
            int index,
            LocalDateTime local,
            ZoneId zone,
            List<BookingState> booked,
            ErrorCode code,
            String detail,
            String reason) {
        // a time in a DST gap is looked for where the clocks land, an hour later on the same evening or morning
        Instant wanted = ZonedDateTime.of(local, zone).toInstant();
        List<Instant> others =
                booked.stream().map(state -> state.placement().slot().start()).toList();
        List<Alternative> offers = alternatives.around(new SeriesAlternatives.Wanted(
                wanted,
                request.duration(),
                request.technique(),
                request.therapistId(),
                request.locationId(),
                others,
                table.minimumGap()));
        commands.send(new RecordOccurrenceConflict(id, index, code, detail, offers), reason);
    }
}

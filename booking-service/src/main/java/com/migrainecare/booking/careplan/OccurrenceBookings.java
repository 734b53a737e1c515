package com.migrainecare.booking.careplan;

import com.migrainecare.booking.booking.BookingService;
import com.migrainecare.booking.booking.BookingState;
import com.migrainecare.booking.booking.SessionRequest;
import com.migrainecare.booking.careplan.SeriesView.Occurrence;
import com.migrainecare.booking.careplan.SeriesView.Status;
import com.migrainecare.booking.chain.AggregateReader;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.booking.SeriesOccurrence;
import com.migrainecare.kernel.careplan.Alternative;
import com.migrainecare.kernel.careplan.SeriesCommand.RecordOccurrenceBooked;
import com.migrainecare.kernel.careplan.SeriesCommand.RecordOccurrenceConflict;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.SeriesId;
import com.migrainecare.kernel.time.RequestedTime;
import com.migrainecare.kernel.time.WallClock;
import com.migrainecare.platform.axon.Commands;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Books the occurrences a series still has planned, in order, through {@link BookingService} (the rules of a
 * single session plus the series' minimum gap), and records each outcome on the series: its booking, or the
 * conflict the desk refused it with, with alternatives. Each occurrence is booked under the id
 * {@link OccurrenceIds} derives for it, so booking it again (a retry, the completion check after a cut-off
 * request) finds the booking made before and makes no second one.
 */
@Component
class OccurrenceBookings {

    private final BookingService bookings;
    private final Commands commands;
    private final SeriesAlternatives alternatives;
    private final CadenceProperties table;
    private final AggregateReader<Series> series;

    OccurrenceBookings(
            BookingService bookings,
            Commands commands,
            SeriesAlternatives alternatives,
            CadenceProperties table,
            @Qualifier("seriesRepository") Repository<Series> seriesRepository) {
        this.bookings = bookings;
        this.commands = commands;
        this.alternatives = alternatives;
        this.table = table;
        this.series = new AggregateReader<>(seriesRepository, ErrorCode.SERIES_NOT_FOUND);
    }

    /**
     * Books (or finds booked) each occurrence still planned and records it; one the desk refuses becomes a
     * conflict. An unknown client or therapist is the request's fault, not one occurrence's: it is thrown.
     */
    void bookPlanned(SeriesId id, String reason) {
        SeriesView view = series.read(id.value(), Series::snapshot);
        List<Instant> taken = new ArrayList<>(view.occurrences().stream()
                .filter(occurrence -> occurrence.status() == Status.BOOKED)
                .map(Occurrence::start)
                .toList());
        for (Occurrence occurrence : view.planned()) {
            settle(view, occurrence, taken, reason).ifPresent(taken::add);
        }
    }

    /** Records every occurrence still planned as refused: nothing can book them (the client is unknown). */
    void refusePlanned(SeriesId id, ErrorCode code, String detail, String reason) {
        SeriesView view = series.read(id.value(), Series::snapshot);
        for (Occurrence occurrence : view.planned()) {
            commands.send(new RecordOccurrenceConflict(id, occurrence.index(), code, detail, List.of()), reason);
        }
    }

    /**
     * Books occurrence {@code index} unless it is booked already, without recording it on the series (the
     * booking's own event tells the series, and so does {@link #bookPlanned}).
     */
    BookingState reserve(SeriesView view, int index, String reason) {
        BookingId id = OccurrenceIds.bookingIdOf(view.seriesId(), index);
        // looked up first, so that a booked occurrence is not asked of the desk again (on PostgreSQL the refused
        // append would also end a transaction this runs in, such as the completion's)
        Optional<BookingState> before = bookings.find(id);
        return before.isPresent()
                ? before.get()
                : bookOrFind(id, view, view.occurrences().get(index), reason);
    }

    /**
     * Books the occurrence as {@code id}; when the store already has a booking of that id (another attempt at the
     * same occurrence booked it since this one looked), that booking is the occurrence's.
     */
    BookingState bookOrFind(BookingId id, SeriesView view, Occurrence occurrence, String reason) {
        try {
            return bookings.book(
                    id,
                    requestFor(view, occurrence),
                    table.minimumGap(),
                    new SeriesOccurrence(view.seriesId(), occurrence.index()),
                    reason);
        } catch (AggregateStreamCreationException alreadyBooked) {
            return bookings.find(id).orElseThrow(() -> alreadyBooked);
        }
    }

    private Optional<Instant> settle(SeriesView view, Occurrence occurrence, List<Instant> taken, String reason) {
        try {
            BookingState booked = reserve(view, occurrence.index(), reason);
            Instant start = booked.placement().slot().start();
            commands.send(
                    new RecordOccurrenceBooked(view.seriesId(), occurrence.index(), booked.bookingId(), start), reason);
            return Optional.of(start);
        } catch (RuleViolation refused) {
            if (refused.code().kind() == ErrorCode.Kind.NOT_FOUND) {
                throw refused;
            }
            conflict(view, occurrence, taken, refused.code(), refused.getMessage(), reason);
        } catch (WallClock.NonexistentLocalTimeException gap) {
            conflict(view, occurrence, taken, ErrorCode.NONEXISTENT_LOCAL_TIME, gap.getMessage(), reason);
        }
        return Optional.empty();
    }

    private void conflict(
            SeriesView view, Occurrence occurrence, List<Instant> taken, ErrorCode code, String detail, String reason) {
        // a time in a DST gap is looked for where the clocks land, an hour later on the same evening or morning
        Instant wanted = ZonedDateTime.of(occurrence.localStart(), view.zone()).toInstant();
        List<Alternative> offers = alternatives.around(new SeriesAlternatives.Wanted(
                wanted,
                view.duration(),
                view.technique(),
                view.therapistId(),
                view.locationId(),
                List.copyOf(taken),
                table.minimumGap()));
        commands.send(new RecordOccurrenceConflict(view.seriesId(), occurrence.index(), code, detail, offers), reason);
    }

    private static SessionRequest requestFor(SeriesView view, Occurrence occurrence) {
        return new SessionRequest(
                view.clientId(),
                view.therapistId(),
                view.locationId(),
                null,
                view.technique(),
                Set.of(),
                true,
                new RequestedTime.Local(occurrence.localStart()),
                view.duration(),
                null);
    }
}

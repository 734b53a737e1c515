package com.migrainecare.booking.careplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.migrainecare.booking.api.ApiTestSupport;
import com.migrainecare.booking.booking.BookingService;
import com.migrainecare.booking.booking.BookingState;
import com.migrainecare.booking.careplan.SeriesView.Occurrence;
import com.migrainecare.booking.careplan.SeriesView.Status;
import com.migrainecare.kernel.booking.BookingStatus;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.careplan.Cadence;
import com.migrainecare.kernel.careplan.OccurrenceChange;
import com.migrainecare.kernel.careplan.SeriesCommand.PlanOccurrenceChanges;
import com.migrainecare.kernel.careplan.SeriesEvent.SeriesCompletionDue;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.SeriesId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.RequestedTime;
import com.migrainecare.platform.axon.Commands;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A series cut off half-way (the process stopping after some occurrences were booked, or some of a change was
 * applied, before the series recorded it) is finished by its completion check: every occurrence ends booked
 * exactly once or recorded as a conflict, and every planned change applied or refused.
 */
@SuppressWarnings("unchecked")
class SeriesRecoveryTest extends ApiTestSupport {

    private static final String BERLIN = "Europe/Berlin";
    private static final String REASON = "a test of the series' completion";

    @Autowired
    private SeriesService series;

    @Autowired
    private OccurrenceBookings occurrences;

    @Autowired
    private SeriesProgress progress;

    @Autowired
    private BookingService bookings;

    @Autowired
    private Commands commands;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Scheduler scheduler;

    @Test
    void theStoredCompletionCheckBooksWhatARequestCutOffBeforeAnyBookingLeft() {
        Chain chain = chain(BERLIN);
        LocalDate monday = comingWeekday(DayOfWeek.MONDAY, BERLIN);
        Instant before = Instant.now();
        SeriesId id = series.plan(weekly(chain, monday, 3), REASON);
        Instant after = Instant.now();
        assertThat(series.view(id).planned()).hasSize(3);

        // the check stored with the series, brought forward from five minutes ahead to now
        Duration wait = SeriesProperties.defaults().completionAfter();
        int due = jdbc.update(
                "UPDATE scheduled_tasks SET execution_time = ? WHERE LOWER(task_name) LIKE '%deadline%'"
                        + " AND execution_time BETWEEN ? AND ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1),
                before.plus(wait).minusSeconds(1).atOffset(ZoneOffset.UTC),
                after.plus(wait).plusSeconds(1).atOffset(ZoneOffset.UTC));
        assertThat(due).isPositive();
        scheduler.triggerCheckForDueExecutions();

        eventually(() -> assertThat(series.view(id).occurrences())
                .extracting(Occurrence::status, Occurrence::bookingId)
                .containsExactly(
                        tuple(Status.BOOKED, OccurrenceIds.bookingIdOf(id, 0)),
                        tuple(Status.BOOKED, OccurrenceIds.bookingIdOf(id, 1)),
                        tuple(Status.BOOKED, OccurrenceIds.bookingIdOf(id, 2))));
    }

    @Test
    void aSeriesCutOffAfterItsSecondBookingIsFinishedWithEveryOccurrenceBookedOnceOrInConflict() {
        Chain chain = chain(BERLIN);
        LocalDate monday = comingWeekday(DayOfWeek.MONDAY, BERLIN);
        // another client has the therapist on the fourth Monday at 10:00
        created(call(
                HttpMethod.POST,
                "desk",
                "/api/bookings",
                bookingBody(chain, client(), monday.plusWeeks(3) + "T10:00")));
        SeriesId id = series.plan(weekly(chain, monday, 4), REASON);
        SeriesView planned = series.view(id);
        // the request books occurrences 0 and 1 and stops before it records either on the series
        occurrences.reserve(planned, 0, REASON);
        occurrences.reserve(planned, 1, REASON);

        // the series learns of both from the bookings' own events
        eventually(() -> assertThat(series.view(id).occurrences())
                .extracting(Occurrence::status)
                .containsExactly(Status.BOOKED, Status.BOOKED, Status.PLANNED, Status.PLANNED));
        // the completion check finds the last two still planned
        progress.on(new SeriesCompletionDue(id, List.of(2, 3), List.of(), 1));

        SeriesView finished = series.view(id);
        assertThat(finished.occurrences())
                .extracting(Occurrence::status)
                .containsExactly(Status.BOOKED, Status.BOOKED, Status.BOOKED, Status.CONFLICT);
        assertThat(finished.occurrences().get(3).conflict()).hasToString("THERAPIST_UNAVAILABLE");
        assertThat(finished.occurrences().subList(0, 3))
                .extracting(Occurrence::bookingId)
                .containsExactly(
                        OccurrenceIds.bookingIdOf(id, 0),
                        OccurrenceIds.bookingIdOf(id, 1),
                        OccurrenceIds.bookingIdOf(id, 2));
        assertThat(clientBookingIdsOnceProjected(chain.client(), OccurrenceIds.bookingIdOf(id, 2)))
                .containsExactlyInAnyOrder(
                        OccurrenceIds.bookingIdOf(id, 0).value(),
                        OccurrenceIds.bookingIdOf(id, 1).value(),
                        OccurrenceIds.bookingIdOf(id, 2).value());

        // a second check of the finished series changes nothing
        progress.on(new SeriesCompletionDue(id, List.of(), List.of(), 2));
        assertThat(series.view(id)).isEqualTo(finished);
    }

    @Test
    void bookingAnOccurrenceAgainFindsTheBookingMadeBefore() {
        Chain chain = chain(BERLIN);
        LocalDate monday = comingWeekday(DayOfWeek.MONDAY, BERLIN);
        SeriesId id = series.plan(weekly(chain, monday, 2), REASON);
        SeriesView planned = series.view(id);

        BookingState first = occurrences.reserve(planned, 0, REASON);
        BookingState again = occurrences.reserve(planned, 0, REASON);
        // two attempts at the other occurrence at once: one books it, the other finds that booking
        List<BookingState> racing = List.of(
                        CompletableFuture.supplyAsync(() -> occurrences.reserve(planned, 1, REASON)),
                        CompletableFuture.supplyAsync(() -> occurrences.reserve(planned, 1, REASON)))
                .stream()
                .map(CompletableFuture::join)
                .toList();

        // an attempt that missed the booking when it looked, and asks the desk again
        BookingState late = occurrences.bookOrFind(
                OccurrenceIds.bookingIdOf(id, 0), planned, planned.occurrences().get(0), REASON);
        assertThat(again).isEqualTo(first);
        assertThat(late).isEqualTo(first);
        assertThat(first.bookingId()).isEqualTo(OccurrenceIds.bookingIdOf(id, 0));
        assertThat(racing)
                .extracting(BookingState::bookingId, BookingState::version)
                .containsOnly(tuple(OccurrenceIds.bookingIdOf(id, 1), 0L));
        eventually(() -> assertThat(series.view(id).occurrences())
                .extracting(Occurrence::status)
                .containsOnly(Status.BOOKED));
        assertThat(clientBookingIdsOnceProjected(chain.client(), OccurrenceIds.bookingIdOf(id, 1)))
                .containsExactlyInAnyOrder(
                        OccurrenceIds.bookingIdOf(id, 0).value(),
                        OccurrenceIds.bookingIdOf(id, 1).value());
    }

    @Test
    void aCancellationOfTheFollowingCutOffAfterItsFirstBookingIsFinished() {
        Chain chain = chain(BERLIN);
        LocalDate monday = comingWeekday(DayOfWeek.MONDAY, BERLIN);
        SeriesId id = scheduled(chain, monday, 4);
        commands.send(
                new PlanOccurrenceChanges(
                        id,
                        OccurrenceChange.Kind.CANCEL,
                        IntStream.of(1, 2, 3)
                                .mapToObj(i -> new OccurrenceChange(i, null))
                                .toList(),
                        null,
                        null),
                REASON);
        // the request cancels the second session and stops there
        bookings.cancel(OccurrenceIds.bookingIdOf(id, 1), null, REASON);

        progress.on(new SeriesCompletionDue(id, List.of(), List.of(1, 2, 3), 1));

        SeriesView finished = series.view(id);
        assertThat(finished.pending()).isEmpty();
        assertThat(finished.occurrences())
                .extracting(Occurrence::status)
                .containsExactly(Status.BOOKED, Status.CANCELLED, Status.CANCELLED, Status.CANCELLED);
        assertThat(IntStream.range(0, 4).mapToObj(i -> bookings.current(OccurrenceIds.bookingIdOf(id, i))
                        .status()))
                .containsExactly(
                        BookingStatus.CONFIRMED,
                        BookingStatus.CANCELLED,
                        BookingStatus.CANCELLED,
                        BookingStatus.CANCELLED);
    }

    @Test
    void aMoveOfTheFollowingCutOffHalfWayIsFinishedAndEachSessionMovedOnce() {
        Chain chain = chain(BERLIN);
        LocalDate monday = comingWeekday(DayOfWeek.MONDAY, BERLIN);
        SeriesId id = scheduled(chain, monday, 4);
        List<OccurrenceChange> twoHoursLater = IntStream.of(2, 3)
                .mapToObj(i -> new OccurrenceChange(i, monday.plusWeeks(i).atTime(12, 0)))
                .toList();
        commands.send(new PlanOccurrenceChanges(id, OccurrenceChange.Kind.MOVE, twoHoursLater, null, null), REASON);
        // moving later, the last goes first: the request moves the fourth session and stops there
        BookingId fourth = OccurrenceIds.bookingIdOf(id, 3);
        bookings.reschedule(
                fourth,
                new com.migrainecare.booking.booking.MoveRequest(
                        new RequestedTime.Local(monday.plusWeeks(3).atTime(12, 0)), null, null, null, null),
                null,
                CadenceProperties.defaults().minimumGap(),
                REASON);

        progress.on(new SeriesCompletionDue(id, List.of(), List.of(2, 3), 1));

        SeriesView finished = series.view(id);
        assertThat(finished.pending()).isEmpty();
        assertThat(finished.occurrences())
                .extracting(Occurrence::localStart)
                .containsExactly(
                        monday.atTime(10, 0),
                        monday.plusWeeks(1).atTime(10, 0),
                        monday.plusWeeks(2).atTime(12, 0),
                        monday.plusWeeks(3).atTime(12, 0));
        // the fourth session was moved once, by the request; the third once, by the completion
        assertThat(bookings.current(fourth).version()).isEqualTo(1L);
        assertThat(bookings.current(OccurrenceIds.bookingIdOf(id, 2)).version()).isEqualTo(1L);
        assertThat(finished.occurrences().get(2).start())
                .isEqualTo(bookings.current(OccurrenceIds.bookingIdOf(id, 2))
                        .placement()
                        .slot()
                        .start());
    }

    private SeriesId scheduled(Chain chain, LocalDate monday, int count) {
        Map<String, Object> created =
                created(call(HttpMethod.POST, "desk", "/api/series", seriesBody(chain, monday + "T10:00", count)));
        assertThat((List<Object>) created.get("bookings")).hasSize(count);
        return new SeriesId(created.get("id").toString());
    }

    private static SeriesRequest weekly(Chain chain, LocalDate monday, int count) {
        return new SeriesRequest(
                SeriesId.random(),
                new ClientId(chain.client()),
                new TherapistId(chain.therapist()),
                new LocationId(chain.location()),
                Technique.TRIGGER_POINT,
                new RequestedTime.Local(LocalDateTime.of(monday, java.time.LocalTime.of(10, 0))),
                Duration.ofMinutes(45),
                Cadence.everyWeeks(1),
                Set.of(),
                count,
                null,
                null);
    }

    /** The ids of the client's bookings in the read model, once it shows {@code last}. */
    private List<String> clientBookingIdsOnceProjected(String client, BookingId last) {
        eventually(() -> assertThat(call(HttpMethod.GET, "desk", "/api/bookings/" + last, null)
                        .getStatusCode()
                        .value())
                .isEqualTo(200));
        Map<String, Object> page = call(HttpMethod.GET, "desk", "/api/bookings?clientId=" + client + "&size=200", null)
                .getBody();
        return ((List<Map<String, Object>>) page.get("content"))
                .stream().map(b -> b.get("id").toString()).toList();
    }
}

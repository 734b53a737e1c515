package com.migrainecare.booking.careplan;

import static com.migrainecare.booking.careplan.CarePlanAggregateTest.refusedWith;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.careplan.Alternative;
import com.migrainecare.kernel.careplan.OccurrenceChange;
import com.migrainecare.kernel.careplan.SeriesCommand.PlanOccurrenceChanges;
import com.migrainecare.kernel.careplan.SeriesCommand.RecordOccurrenceBooked;
import com.migrainecare.kernel.careplan.SeriesCommand.RecordOccurrenceCancelled;
import com.migrainecare.kernel.careplan.SeriesCommand.RecordOccurrenceChangeRefused;
import com.migrainecare.kernel.careplan.SeriesCommand.RecordOccurrenceConflict;
import com.migrainecare.kernel.careplan.SeriesCommand.RecordOccurrenceMoved;
import com.migrainecare.kernel.careplan.SeriesCommand.ScheduleSeries;
import com.migrainecare.kernel.careplan.SeriesEvent.OccurrenceBooked;
import com.migrainecare.kernel.careplan.SeriesEvent.OccurrenceCancelled;
import com.migrainecare.kernel.careplan.SeriesEvent.OccurrenceChangeRefused;
import com.migrainecare.kernel.careplan.SeriesEvent.OccurrenceChangesPlanned;
import com.migrainecare.kernel.careplan.SeriesEvent.OccurrenceConflicted;
import com.migrainecare.kernel.careplan.SeriesEvent.OccurrenceRescheduled;
import com.migrainecare.kernel.careplan.SeriesEvent.SeriesCompletionDue;
import com.migrainecare.kernel.careplan.SeriesEvent.SeriesScheduled;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.ids.SeriesId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A series records, occurrence by occurrence, the booking each became or the conflict it met. */
class SeriesAggregateTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final ZoneId BERLIN_ZONE = ZoneId.of("Europe/Berlin");
    private static final SeriesId SERIES = new SeriesId("series-1");
    private static final ClientId MARA = new ClientId("client-mara");
    private static final TherapistId ANNA = new TherapistId("therapist-anna");
    private static final TherapistId BEN = new TherapistId("therapist-ben");
    private static final LocationId BERLIN = new LocationId("location-berlin");
    private static final BookingId BOOKING = new BookingId("booking-1");
    private static final LocalDateTime FIRST =
            LocalDateTime.ofInstant(NOW, ZoneOffset.UTC).plusDays(7).withHour(10);
    private static final List<LocalDateTime> WEEKLY = List.of(FIRST, FIRST.plusWeeks(1), FIRST.plusWeeks(2));
    private static final Instant FIRST_START = FIRST.atZone(BERLIN_ZONE).toInstant();

    private static final SeriesScheduled SCHEDULED = new SeriesScheduled(
            SERIES, MARA, ANNA, BERLIN, Technique.TRIGGER_POINT, Duration.ofMinutes(45), BERLIN_ZONE, WEEKLY, null);
    private static final OccurrenceBooked BOOKED = new OccurrenceBooked(SERIES, 0, BOOKING, FIRST_START);

    private FixtureConfiguration<Series> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Series.class);
        fixture.registerInjectableResource(SeriesProperties.defaults());
    }

    @Test
    void canScheduleSeries() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleSeries(
                        SERIES,
                        MARA,
                        ANNA,
                        BERLIN,
                        Technique.TRIGGER_POINT,
                        Duration.ofMinutes(45),
                        BERLIN_ZONE,
                        WEEKLY,
                        null))
                .expectEvents(SCHEDULED)
                .expectScheduledDeadlineWithName(
                        SeriesProperties.defaults().completionAfter(), Series.COMPLETION_CHECK);
    }

    @Test
    void cannotScheduleSeriesOfMoreThan52() {
        List<LocalDateTime> tooMany =
                IntStream.range(0, 53).mapToObj(FIRST::plusWeeks).toList();
        fixture.givenNoPriorActivity()
                .when(new ScheduleSeries(
                        SERIES,
                        MARA,
                        ANNA,
                        BERLIN,
                        Technique.TRIGGER_POINT,
                        Duration.ofMinutes(45),
                        BERLIN_ZONE,
                        tooMany,
                        null))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.INVALID_REQUEST));
    }

    @Test
    void cannotScheduleSeriesOutOfOrder() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleSeries(
                        SERIES,
                        MARA,
                        ANNA,
                        BERLIN,
                        Technique.TRIGGER_POINT,
                        Duration.ofMinutes(45),
                        BERLIN_ZONE,
                        List.of(FIRST.plusWeeks(1), FIRST),
                        null))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.INVALID_REQUEST));
    }

    @Test
    void canRecordOccurrenceBooked() {
        fixture.given(SCHEDULED)
                .when(new RecordOccurrenceBooked(SERIES, 0, BOOKING, FIRST_START))
                .expectEvents(BOOKED);
    }

    @Test
    void cannotRecordOccurrenceBookedTwice() {
        fixture.given(SCHEDULED, BOOKED)
                .when(new RecordOccurrenceBooked(SERIES, 0, new BookingId("booking-2"), FIRST_START))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.INVALID_STATE_TRANSITION));
    }

    @Test
    void cannotRecordOccurrenceTheSeriesDoesNotHave() {
        fixture.given(SCHEDULED)
                .when(new RecordOccurrenceBooked(SERIES, 3, BOOKING, FIRST_START))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.OCCURRENCE_NOT_FOUND));
    }

    @Test
    void canRecordOccurrenceConflict() {
        Instant second = FIRST.plusWeeks(1).atZone(BERLIN_ZONE).toInstant();
        List<Alternative> offers = List.of(new Alternative(
                Alternative.Kind.OTHER_THERAPIST,
                BEN,
                new RoomId("room-a"),
                TimeSlot.of(second, Duration.ofMinutes(45))));
        fixture.given(SCHEDULED)
                .when(new RecordOccurrenceConflict(SERIES, 1, ErrorCode.THERAPIST_UNAVAILABLE, "busy", offers))
                .expectEvents(new OccurrenceConflicted(SERIES, 1, ErrorCode.THERAPIST_UNAVAILABLE, "busy", offers));
    }

    @Test
    void canRecordOccurrenceMoved() {
        LocalDateTime later = FIRST.plusHours(2);
        Instant laterStart = later.atZone(BERLIN_ZONE).toInstant();
        fixture.given(SCHEDULED, BOOKED)
                .when(new RecordOccurrenceMoved(SERIES, 0, later, laterStart))
                .expectEvents(new OccurrenceRescheduled(SERIES, 0, later, laterStart));
    }

    @Test
    void cannotRecordOccurrenceMovedThatWasNeverBooked() {
        fixture.given(SCHEDULED)
                .when(new RecordOccurrenceMoved(SERIES, 1, FIRST, FIRST_START))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.INVALID_STATE_TRANSITION));
    }

    @Test
    void canRecordOccurrenceCancelled() {
        fixture.given(SCHEDULED, BOOKED)
                .when(new RecordOccurrenceCancelled(SERIES, 0))
                .expectEvents(new OccurrenceCancelled(SERIES, 0));
    }

    @Test
    void recordingOccurrenceCancelledTwiceChangesNothing() {
        fixture.given(SCHEDULED, BOOKED, new OccurrenceCancelled(SERIES, 0))
                .when(new RecordOccurrenceCancelled(SERIES, 0))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void recordingTheSameBookingTwiceChangesNothing() {
        fixture.given(SCHEDULED, BOOKED)
                .when(new RecordOccurrenceBooked(SERIES, 0, BOOKING, FIRST_START))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void recordingTheSameConflictTwiceChangesNothing() {
        fixture.given(
                        SCHEDULED,
                        new OccurrenceConflicted(SERIES, 1, ErrorCode.THERAPIST_UNAVAILABLE, "busy", List.of()))
                .when(new RecordOccurrenceConflict(SERIES, 1, ErrorCode.THERAPIST_UNAVAILABLE, "busy", List.of()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aBookingOfTheOccurrenceWinsOverItsRecordedConflict() {
        fixture.given(
                        SCHEDULED,
                        new OccurrenceConflicted(SERIES, 0, ErrorCode.THERAPIST_UNAVAILABLE, "busy", List.of()))
                .when(new RecordOccurrenceBooked(SERIES, 0, BOOKING, FIRST_START))
                .expectEvents(BOOKED);
    }

    @Test
    void cannotRecordConflictOfBookedOccurrence() {
        fixture.given(SCHEDULED, BOOKED)
                .when(new RecordOccurrenceConflict(SERIES, 0, ErrorCode.THERAPIST_UNAVAILABLE, "busy", List.of()))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.INVALID_STATE_TRANSITION));
    }

    @Test
    void canPlanChangesOfBookedOccurrencesAndArmTheCompletionCheck() {
        List<OccurrenceChange> move = List.of(new OccurrenceChange(0, FIRST.plusHours(2)));
        fixture.given(SCHEDULED, BOOKED)
                .when(new PlanOccurrenceChanges(SERIES, OccurrenceChange.Kind.MOVE, move, BEN, null))
                .expectEvents(new OccurrenceChangesPlanned(SERIES, OccurrenceChange.Kind.MOVE, move, BEN, null))
                .expectScheduledDeadlineWithName(
                        SeriesProperties.defaults().completionAfter(), Series.COMPLETION_CHECK);
    }

    @Test
    void cannotPlanChangeOfOccurrenceNeverBooked() {
        fixture.given(SCHEDULED, BOOKED)
                .when(new PlanOccurrenceChanges(
                        SERIES, OccurrenceChange.Kind.CANCEL, List.of(new OccurrenceChange(1, null)), null, null))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.INVALID_STATE_TRANSITION));
    }

    @Test
    void cannotPlanChangeWhileAnEarlierOneOfTheOccurrenceIsPending() {
        List<OccurrenceChange> cancel = List.of(new OccurrenceChange(0, null));
        fixture.given(
                        SCHEDULED,
                        BOOKED,
                        new OccurrenceChangesPlanned(SERIES, OccurrenceChange.Kind.CANCEL, cancel, null, null))
                .when(new PlanOccurrenceChanges(SERIES, OccurrenceChange.Kind.CANCEL, cancel, null, null))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.INVALID_STATE_TRANSITION));
    }

    @Test
    void aRefusedChangeIsNoLongerPending() {
        List<OccurrenceChange> cancel = List.of(new OccurrenceChange(0, null));
        fixture.given(
                        SCHEDULED,
                        BOOKED,
                        new OccurrenceChangesPlanned(SERIES, OccurrenceChange.Kind.CANCEL, cancel, null, null),
                        new OccurrenceChangeRefused(SERIES, 0, ErrorCode.INVALID_STATE_TRANSITION, "started"))
                .when(new PlanOccurrenceChanges(SERIES, OccurrenceChange.Kind.CANCEL, cancel, null, null))
                .expectEvents(new OccurrenceChangesPlanned(SERIES, OccurrenceChange.Kind.CANCEL, cancel, null, null));
    }

    @Test
    void recordingARefusalOfNoPendingChangeChangesNothing() {
        fixture.given(SCHEDULED, BOOKED)
                .when(new RecordOccurrenceChangeRefused(SERIES, 0, ErrorCode.ROOM_UNAVAILABLE, "taken"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theCompletionCheckAsksForOccurrencesStillPlannedAndLooksAgain() {
        fixture.givenCommands(scheduleWeekly(), new RecordOccurrenceBooked(SERIES, 0, BOOKING, FIRST_START))
                .whenTimeElapses(SeriesProperties.defaults().completionAfter())
                .expectEvents(new SeriesCompletionDue(SERIES, List.of(1, 2), List.of(), 1))
                .expectScheduledDeadlineWithName(SeriesProperties.defaults().delayBefore(2), Series.COMPLETION_CHECK);
    }

    @Test
    void theCompletionCheckAsksForChangesStillPending() {
        fixture.givenCommands(
                        scheduleWeekly(),
                        new RecordOccurrenceBooked(SERIES, 0, BOOKING, FIRST_START),
                        new RecordOccurrenceConflict(SERIES, 1, ErrorCode.THERAPIST_UNAVAILABLE, "busy", List.of()),
                        new RecordOccurrenceConflict(SERIES, 2, ErrorCode.THERAPIST_UNAVAILABLE, "busy", List.of()),
                        new PlanOccurrenceChanges(
                                SERIES,
                                OccurrenceChange.Kind.CANCEL,
                                List.of(new OccurrenceChange(0, null)),
                                null,
                                null))
                .whenTimeElapses(SeriesProperties.defaults().completionAfter())
                .expectEvents(
                        new SeriesCompletionDue(SERIES, List.of(), List.of(0), 1),
                        new SeriesCompletionDue(SERIES, List.of(), List.of(0), 1));
    }

    @Test
    void theCompletionCheckOfAFinishedSeriesDoesNothing() {
        fixture.givenCommands(
                        scheduleWeekly(),
                        new RecordOccurrenceBooked(SERIES, 0, BOOKING, FIRST_START),
                        new RecordOccurrenceConflict(SERIES, 1, ErrorCode.THERAPIST_UNAVAILABLE, "busy", List.of()),
                        new RecordOccurrenceConflict(SERIES, 2, ErrorCode.THERAPIST_UNAVAILABLE, "busy", List.of()))
                .whenTimeElapses(SeriesProperties.defaults().completionAfter())
                .expectTriggeredDeadlinesWithName(Series.COMPLETION_CHECK)
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    private static ScheduleSeries scheduleWeekly() {
        return new ScheduleSeries(
                SERIES, MARA, ANNA, BERLIN, Technique.TRIGGER_POINT, Duration.ofMinutes(45), BERLIN_ZONE, WEEKLY, null);
    }
}

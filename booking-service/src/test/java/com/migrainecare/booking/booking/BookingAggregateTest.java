package com.migrainecare.booking.booking;

import static org.hamcrest.Matchers.equalTo;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.booking.BookingCommand.BookSession;
import com.migrainecare.kernel.booking.BookingCommand.CancelSession;
import com.migrainecare.kernel.booking.BookingCommand.CheckIn;
import com.migrainecare.kernel.booking.BookingCommand.CompleteSession;
import com.migrainecare.kernel.booking.BookingCommand.RecordNoShow;
import com.migrainecare.kernel.booking.BookingCommand.RescheduleSession;
import com.migrainecare.kernel.booking.BookingEvent;
import com.migrainecare.kernel.booking.BookingEvent.ClientCheckedIn;
import com.migrainecare.kernel.booking.BookingEvent.NoShowRecorded;
import com.migrainecare.kernel.booking.BookingEvent.SessionBooked;
import com.migrainecare.kernel.booking.BookingEvent.SessionCancelled;
import com.migrainecare.kernel.booking.BookingEvent.SessionCompleted;
import com.migrainecare.kernel.booking.BookingEvent.SessionRescheduled;
import com.migrainecare.kernel.booking.BookingStatus;
import com.migrainecare.kernel.booking.Placement;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.chain.CancellationPolicy;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One session's life (DOMAIN.md rules 4 and 5): booked in the future, moved, cancelled in time or late on the
 * location's calendar, checked in within its window, completed after check-in, or missed.
 */
class BookingAggregateTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final ZoneId BERLIN_ZONE = ZoneId.of("Europe/Berlin");

    private static final BookingId BOOKING = new BookingId("booking-1");
    private static final ClientId MARA = new ClientId("client-mara");
    private static final TherapistId ANNA = new TherapistId("therapist-anna");
    private static final LocationId BERLIN = new LocationId("location-berlin");
    private static final RoomId LAVENDER = new RoomId("room-lavender");
    private static final Set<Technique> HEAT = Set.of(Technique.HEAT_THERAPY);

    /** Tuesday 1 December 2026, 10:00-11:00 in Berlin (09:00-10:00 UTC). */
    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    private static final Placement PLACEMENT = placementFrom(START, CancellationPolicy.STANDARD);
    private static final Placement MOVED =
            placementFrom(Instant.parse("2026-12-03T14:00:00Z"), CancellationPolicy.STANDARD);
    private static final SessionBooked BOOKED =
            new SessionBooked(BOOKING, MARA, Technique.TRIGGER_POINT, HEAT, true, PLACEMENT);

    private FixtureConfiguration<Booking> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Booking.class);
    }

    @Test
    void canBookSessionInTheFuture() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new BookSession(BOOKING, MARA, Technique.TRIGGER_POINT, HEAT, true, PLACEMENT))
                .expectEvents(BOOKED);
    }

    @Test
    void cannotBookIntoThePast() {
        Placement yesterday = placementFrom(NOW.minus(Duration.ofDays(1)), CancellationPolicy.STANDARD);

        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new BookSession(BOOKING, MARA, Technique.TRIGGER_POINT, HEAT, true, yesterday))
                .expectException(ruleViolation(ErrorCode.START_IN_PAST))
                .expectNoEvents();
    }

    @Test
    void sessionStartingNowIsNoLongerInTheFuture() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(START)
                .when(new BookSession(BOOKING, MARA, Technique.TRIGGER_POINT, HEAT, true, PLACEMENT))
                .expectException(ruleViolation(ErrorCode.START_IN_PAST))
                .expectNoEvents();
    }

    @Test
    void adjunctMustBeCuppingOrHeat() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new BookSession(
                        BOOKING, MARA, Technique.TRIGGER_POINT, Set.of(Technique.EFFLEURAGE), true, PLACEMENT))
                .expectException(ruleViolation(ErrorCode.INVALID_ADJUNCT))
                .expectNoEvents();
    }

    @Test
    void adjunctCannotRepeatThePrimaryTechnique() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new BookSession(BOOKING, MARA, Technique.CUPPING, Set.of(Technique.CUPPING), true, PLACEMENT))
                .expectException(ruleViolation(ErrorCode.INVALID_ADJUNCT))
                .expectNoEvents();
    }

    @Test
    void cuppingAndHeatMayBothBeAdded() {
        Set<Technique> both = EnumSet.of(Technique.CUPPING, Technique.HEAT_THERAPY);

        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new BookSession(BOOKING, MARA, Technique.MYOFASCIAL_RELEASE, both, false, PLACEMENT))
                .expectEvents(new SessionBooked(BOOKING, MARA, Technique.MYOFASCIAL_RELEASE, both, false, PLACEMENT));
    }

    @Test
    void canRescheduleConfirmedSession() {
        givenSession()
                .when(new RescheduleSession(BOOKING, MOVED, null))
                .expectEvents(new SessionRescheduled(BOOKING, MARA, PLACEMENT, MOVED))
                .expectResultMessagePayload(stateOf(MOVED, BookingStatus.CONFIRMED, 1));
    }

    @Test
    void cannotRescheduleIntoThePast() {
        Placement earlierToday = placementFrom(NOW.minus(Duration.ofHours(2)), CancellationPolicy.STANDARD);

        givenSession()
                .when(new RescheduleSession(BOOKING, earlierToday, null))
                .expectException(ruleViolation(ErrorCode.START_IN_PAST))
                .expectNoEvents();
    }

    @Test
    void cannotRescheduleCancelledSession() {
        givenSession(new SessionCancelled(BOOKING, MARA, PLACEMENT, false))
                .when(new RescheduleSession(BOOKING, MOVED, null))
                .expectException(ruleViolation(ErrorCode.BOOKING_ALREADY_CANCELLED))
                .expectNoEvents();
    }

    @Test
    void cannotRescheduleCheckedInSession() {
        givenSession(new ClientCheckedIn(BOOKING, MARA, PLACEMENT))
                .when(new RescheduleSession(BOOKING, MOVED, null))
                .expectException(ruleViolation(ErrorCode.INVALID_STATE_TRANSITION))
                .expectNoEvents();
    }

    @Test
    void rescheduleAtTheCurrentVersionGoesAhead() {
        Placement movedAgain = placementFrom(Instant.parse("2026-12-04T14:00:00Z"), CancellationPolicy.STANDARD);

        givenSession(new SessionRescheduled(BOOKING, MARA, PLACEMENT, MOVED))
                .when(new RescheduleSession(BOOKING, movedAgain, 1L))
                .expectEvents(new SessionRescheduled(BOOKING, MARA, MOVED, movedAgain))
                .expectResultMessagePayload(stateOf(movedAgain, BookingStatus.CONFIRMED, 2));
    }

    @Test
    void rescheduleAtAStaleVersionIsRefused() {
        Placement movedAgain = placementFrom(Instant.parse("2026-12-04T14:00:00Z"), CancellationPolicy.STANDARD);

        givenSession(new SessionRescheduled(BOOKING, MARA, PLACEMENT, MOVED))
                .when(new RescheduleSession(BOOKING, movedAgain, 0L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void cancellingInTimeIsFree() {
        givenSession()
                .when(new CancelSession(BOOKING, null))
                .expectEvents(new SessionCancelled(BOOKING, MARA, PLACEMENT, false))
                .expectResultMessagePayload(stateOf(PLACEMENT, BookingStatus.CANCELLED, 1));
    }

    @Test
    void cancellingLateIsRecordedAsLateCancellation() {
        // Sunday 25 October 2026, 10:00 in Berlin, the day the clocks go back: free until Saturday 10:00 local,
        // which is 08:00 UTC, 25 real hours before the session. At 08:30 UTC only 24.5 hours are left, yet it is late.
        Placement sundayAfterClocksGoBack =
                placementFrom(Instant.parse("2026-10-25T09:00:00Z"), CancellationPolicy.STANDARD);

        givenSessionAt(sundayAfterClocksGoBack)
                .andGivenCurrentTime(Instant.parse("2026-10-24T08:30:00Z"))
                .when(new CancelSession(BOOKING, null))
                .expectEvents(new SessionCancelled(BOOKING, MARA, sundayAfterClocksGoBack, true))
                .expectResultMessagePayload(stateOf(sundayAfterClocksGoBack, BookingStatus.LATE_CANCELLED, 1));
    }

    @Test
    void cancellingAtTheSameWallClockTimeTheDayBeforeIsStillFree() {
        Placement sundayAfterClocksGoBack =
                placementFrom(Instant.parse("2026-10-25T09:00:00Z"), CancellationPolicy.STANDARD);

        givenSessionAt(sundayAfterClocksGoBack)
                .andGivenCurrentTime(Instant.parse("2026-10-24T08:00:00Z"))
                .when(new CancelSession(BOOKING, null))
                .expectEvents(new SessionCancelled(BOOKING, MARA, sundayAfterClocksGoBack, false));
    }

    @Test
    void locationPolicyDecidesHowMuchNoticeIsFree() {
        Placement twoDaysNotice = placementFrom(START, new CancellationPolicy(Duration.ofHours(48)));

        givenSessionAt(twoDaysNotice)
                .andGivenCurrentTime(START.minus(Duration.ofHours(46)))
                .when(new CancelSession(BOOKING, null))
                .expectEvents(new SessionCancelled(BOOKING, MARA, twoDaysNotice, true));
    }

    @Test
    void cannotCancelOnceTheSessionStarted() {
        givenSession()
                .andGivenCurrentTime(START.plus(Duration.ofMinutes(5)))
                .when(new CancelSession(BOOKING, null))
                .expectException(ruleViolation(ErrorCode.INVALID_STATE_TRANSITION))
                .expectNoEvents();
    }

    @Test
    void cannotMoveASessionThatStarted() {
        givenSession()
                .andGivenCurrentTime(START)
                .when(new RescheduleSession(
                        BOOKING, placementFrom(START.plus(Duration.ofDays(1)), CancellationPolicy.STANDARD), null))
                .expectException(ruleViolation(ErrorCode.INVALID_STATE_TRANSITION))
                .expectNoEvents();
    }

    @Test
    void cannotCancelTwice() {
        givenSession(new SessionCancelled(BOOKING, MARA, PLACEMENT, false))
                .when(new CancelSession(BOOKING, null))
                .expectException(ruleViolation(ErrorCode.BOOKING_ALREADY_CANCELLED))
                .expectNoEvents();
    }

    @Test
    void cannotCancelLateCancellationAgain() {
        givenSession(new SessionCancelled(BOOKING, MARA, PLACEMENT, true))
                .when(new CancelSession(BOOKING, null))
                .expectException(ruleViolation(ErrorCode.BOOKING_ALREADY_CANCELLED))
                .expectNoEvents();
    }

    @Test
    void cannotCancelOnceClientCheckedIn() {
        givenSession(new ClientCheckedIn(BOOKING, MARA, PLACEMENT))
                .when(new CancelSession(BOOKING, null))
                .expectException(ruleViolation(ErrorCode.INVALID_STATE_TRANSITION))
                .expectNoEvents();
    }

    @Test
    void cannotCancelCompletedSession() {
        givenSession(new ClientCheckedIn(BOOKING, MARA, PLACEMENT), new SessionCompleted(BOOKING, MARA, PLACEMENT))
                .when(new CancelSession(BOOKING, null))
                .expectException(ruleViolation(ErrorCode.BOOKING_ALREADY_CLOSED))
                .expectNoEvents();
    }

    @Test
    void checkInOpensAnHourBeforeStart() {
        givenSession()
                .andGivenCurrentTime(START.minus(Duration.ofHours(1)))
                .when(new CheckIn(BOOKING, null))
                .expectEvents(new ClientCheckedIn(BOOKING, MARA, PLACEMENT))
                .expectResultMessagePayload(stateOf(PLACEMENT, BookingStatus.CHECKED_IN, 1));
    }

    @Test
    void checkInOnlyInsideWindow() {
        givenSession()
                .andGivenCurrentTime(START.minus(Duration.ofHours(1)).minusSeconds(1))
                .when(new CheckIn(BOOKING, null))
                .expectException(ruleViolation(ErrorCode.CHECK_IN_WINDOW_CLOSED))
                .expectNoEvents();
    }

    @Test
    void lateClientCanStillCheckInDuringSession() {
        givenSession()
                .andGivenCurrentTime(START.plus(Duration.ofMinutes(45)))
                .when(new CheckIn(BOOKING, null))
                .expectEvents(new ClientCheckedIn(BOOKING, MARA, PLACEMENT));
    }

    @Test
    void checkInClosesWhenSessionEnds() {
        givenSession()
                .andGivenCurrentTime(PLACEMENT.slot().end())
                .when(new CheckIn(BOOKING, null))
                .expectException(ruleViolation(ErrorCode.CHECK_IN_WINDOW_CLOSED))
                .expectNoEvents();
    }

    @Test
    void cannotCheckInTwice() {
        givenSession(new ClientCheckedIn(BOOKING, MARA, PLACEMENT))
                .andGivenCurrentTime(START)
                .when(new CheckIn(BOOKING, null))
                .expectException(ruleViolation(ErrorCode.INVALID_STATE_TRANSITION))
                .expectNoEvents();
    }

    @Test
    void completeRequiresCheckIn() {
        givenSession()
                .andGivenCurrentTime(START.plus(Duration.ofMinutes(30)))
                .when(new CompleteSession(BOOKING, null))
                .expectException(ruleViolation(ErrorCode.INVALID_STATE_TRANSITION))
                .expectNoEvents();
    }

    @Test
    void checkedInSessionCanBeCompletedOnceStarted() {
        givenSession(new ClientCheckedIn(BOOKING, MARA, PLACEMENT))
                .andGivenCurrentTime(PLACEMENT.slot().end())
                .when(new CompleteSession(BOOKING, null))
                .expectEvents(new SessionCompleted(BOOKING, MARA, PLACEMENT))
                .expectResultMessagePayload(stateOf(PLACEMENT, BookingStatus.COMPLETED, 2));
    }

    @Test
    void cannotCompleteBeforeSessionStarts() {
        givenSession(new ClientCheckedIn(BOOKING, MARA, PLACEMENT))
                .andGivenCurrentTime(START.minus(Duration.ofMinutes(10)))
                .when(new CompleteSession(BOOKING, null))
                .expectException(ruleViolation(ErrorCode.SESSION_NOT_STARTED))
                .expectNoEvents();
    }

    @Test
    void noShowOnlyAfterStart() {
        givenSession()
                .andGivenCurrentTime(START.minusSeconds(1))
                .when(new RecordNoShow(BOOKING, null))
                .expectException(ruleViolation(ErrorCode.SESSION_NOT_STARTED))
                .expectNoEvents();
    }

    @Test
    void noShowIsRecordedOnceSessionStarted() {
        givenSession()
                .andGivenCurrentTime(START)
                .when(new RecordNoShow(BOOKING, null))
                .expectEvents(new NoShowRecorded(BOOKING, MARA, PLACEMENT))
                .expectResultMessagePayload(stateOf(PLACEMENT, BookingStatus.NO_SHOW, 1));
    }

    @Test
    void cannotRecordNoShowForCheckedInClient() {
        givenSession(new ClientCheckedIn(BOOKING, MARA, PLACEMENT))
                .andGivenCurrentTime(START.plus(Duration.ofMinutes(10)))
                .when(new RecordNoShow(BOOKING, null))
                .expectException(ruleViolation(ErrorCode.INVALID_STATE_TRANSITION))
                .expectNoEvents();
    }

    @Test
    void cannotRecordNoShowForCancelledSession() {
        givenSession(new SessionCancelled(BOOKING, MARA, PLACEMENT, true))
                .andGivenCurrentTime(START.plus(Duration.ofMinutes(10)))
                .when(new RecordNoShow(BOOKING, null))
                .expectException(ruleViolation(ErrorCode.BOOKING_ALREADY_CANCELLED))
                .expectNoEvents();
    }

    @Test
    void noShowClosesTheSession() {
        givenSession(new NoShowRecorded(BOOKING, MARA, PLACEMENT))
                .andGivenCurrentTime(START.plus(Duration.ofMinutes(20)))
                .when(new CheckIn(BOOKING, null))
                .expectException(ruleViolation(ErrorCode.BOOKING_ALREADY_CLOSED))
                .expectNoEvents();
    }

    /** Mara's session on Tuesday at 10:00, as it stands after {@code later} events; the clock reads {@link #NOW}. */
    private TestExecutor<Booking> givenSession(BookingEvent... later) {
        return fixture.givenCurrentTime(NOW).andGiven(BOOKED).andGiven((Object[]) later);
    }

    private TestExecutor<Booking> givenSessionAt(Placement placement) {
        return fixture.givenCurrentTime(NOW)
                .andGiven(new SessionBooked(BOOKING, MARA, Technique.TRIGGER_POINT, HEAT, true, placement));
    }

    private static BookingState stateOf(Placement placement, BookingStatus status, long version) {
        return new BookingState(BOOKING, MARA, Technique.TRIGGER_POINT, HEAT, true, placement, status, version);
    }

    /** An hour in room Lavender with Anna in Berlin, from {@code start}. */
    private static Placement placementFrom(Instant start, CancellationPolicy policy) {
        return new Placement(ANNA, BERLIN, LAVENDER, TimeSlot.of(start, Duration.ofHours(1)), BERLIN_ZONE, policy);
    }

    private static Matcher<RuleViolation> ruleViolation(ErrorCode code) {
        return new FeatureMatcher<>(equalTo(code), "a RuleViolation with code", "code") {
            @Override
            protected ErrorCode featureValueOf(RuleViolation violation) {
                return violation.code();
            }
        };
    }
}

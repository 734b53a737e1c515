package com.migrainecare.booking.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;

import com.migrainecare.booking.booking.FakeSessionDesk.Question;
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
import com.migrainecare.kernel.booking.PlaceRequest;
import com.migrainecare.kernel.booking.Placement;
import com.migrainecare.kernel.booking.SeriesOccurrence;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.chain.CancellationPolicy;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.ids.SeriesId;
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
 * location's calendar, checked in within its window, completed after check-in, or missed. Where a session may take
 * place is the {@link SessionDesk}'s answer; here a {@link FakeSessionDesk} gives it, and the tests check what the
 * booking asks it and that the events carry its placement.
 */
class BookingAggregateTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final ZoneId BERLIN_ZONE = ZoneId.of("Europe/Berlin");

    private static final BookingId BOOKING = new BookingId("booking-1");
    private static final ClientId MARA = new ClientId("client-mara");
    private static final TherapistId ANNA = new TherapistId("therapist-anna");
    private static final LocationId BERLIN = new LocationId("location-berlin");
    private static final LocationId POTSDAM = new LocationId("location-potsdam");
    private static final RoomId LAVENDER = new RoomId("room-lavender");
    /** The room the desk gives when neither a room nor a preference is named. */
    private static final RoomId SAGE = new RoomId("room-sage");

    private static final Set<Technique> HEAT = Set.of(Technique.HEAT_THERAPY);
    private static final Set<Technique> SESSION_TECHNIQUES =
            EnumSet.of(Technique.TRIGGER_POINT, Technique.HEAT_THERAPY);

    /** Tuesday 1 December 2026, 10:00-11:00 in Berlin (09:00-10:00 UTC). */
    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
    /** Thursday 3 December 2026, 15:00 in Berlin. */
    private static final Instant THURSDAY = Instant.parse("2026-12-03T14:00:00Z");

    private static final Placement PLACEMENT = placementFrom(START, CancellationPolicy.STANDARD);
    private static final Placement MOVED = placementFrom(THURSDAY, CancellationPolicy.STANDARD);
    private static final SessionBooked BOOKED =
            new SessionBooked(BOOKING, MARA, Technique.TRIGGER_POINT, HEAT, true, PLACEMENT);

    private FixtureConfiguration<Booking> fixture;
    private FakeSessionDesk desk;

    @BeforeEach
    void setUp() {
        desk = new FakeSessionDesk(SAGE, BERLIN_ZONE, CancellationPolicy.STANDARD);
        fixture = new AggregateTestFixture<>(Booking.class);
        fixture.registerInjectableResource(desk);
    }

    @Test
    void canBookSessionInTheFuture() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(book(inLavender(START)))
                .expectEvents(BOOKED);

        assertThat(desk.questions())
                .containsExactly(new Question(BOOKING, MARA, SESSION_TECHNIQUES, true, inLavender(START), null, null));
    }

    @Test
    void canBookSessionKeepingTheClientsSpacing() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new BookSession(
                        BOOKING,
                        MARA,
                        Technique.TRIGGER_POINT,
                        HEAT,
                        true,
                        inLavender(START),
                        null,
                        Duration.ofHours(48)))
                .expectEvents(BOOKED);

        assertThat(desk.spacings()).containsExactly(Duration.ofHours(48));
    }

    @Test
    void canBookSessionAsAnOccurrenceOfASeriesAndTheEventNamesIt() {
        SeriesOccurrence third = new SeriesOccurrence(new SeriesId("series-1"), 2);
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new BookSession(
                        BOOKING,
                        MARA,
                        Technique.TRIGGER_POINT,
                        HEAT,
                        true,
                        inLavender(START),
                        null,
                        Duration.ofHours(48),
                        third))
                .expectEvents(new SessionBooked(BOOKING, MARA, Technique.TRIGGER_POINT, HEAT, true, PLACEMENT, third));
    }

    @Test
    void cannotBookSessionTooCloseToTheClientsOtherSessions() {
        desk.refuseSpacingWith(new RuleViolation(ErrorCode.CLIENT_SESSIONS_TOO_CLOSE, "a day after another"));

        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new BookSession(
                        BOOKING,
                        MARA,
                        Technique.TRIGGER_POINT,
                        HEAT,
                        true,
                        inLavender(START),
                        null,
                        Duration.ofHours(48)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectExceptionMessage("a day after another");
    }

    @Test
    void aSingleBookingAsksForNoSpacing() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(book(inLavender(START)))
                .expectEvents(BOOKED);

        assertThat(desk.spacings()).isEmpty();
    }

    @Test
    void canBookWithoutNamingARoomAndGetTheRoomTheDeskFound() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(book(inAnyRoom(BERLIN, START)))
                .expectEvents(new SessionBooked(
                        BOOKING,
                        MARA,
                        Technique.TRIGGER_POINT,
                        HEAT,
                        true,
                        new Placement(ANNA, BERLIN, SAGE, hourFrom(START), BERLIN_ZONE, CancellationPolicy.STANDARD)));
    }

    @Test
    void bookedSessionKeepsTheLocationsCancellationPolicy() {
        CancellationPolicy twoDaysNotice = new CancellationPolicy(Duration.ofHours(48));
        desk.useCancellationPolicy(twoDaysNotice);

        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(book(inLavender(START)))
                .expectEvents(new SessionBooked(
                        BOOKING, MARA, Technique.TRIGGER_POINT, HEAT, true, placementFrom(START, twoDaysNotice)));
    }

    @Test
    void managersOverrideReasonGoesToTheDesk() {
        String reason = "neurologist confirmed by phone; written clearance follows";

        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new BookSession(BOOKING, MARA, Technique.TRIGGER_POINT, HEAT, true, inLavender(START), reason))
                .expectEvents(BOOKED);

        assertThat(desk.questions())
                .extracting(Question::clearanceOverrideReason)
                .containsExactly(reason);
    }

    @Test
    void cannotBookWhatTheDeskRefuses() {
        desk.refuseWith(new RuleViolation(ErrorCode.THERAPIST_UNAVAILABLE, "the therapist already has a session then"));

        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(book(inLavender(START)))
                .expectException(ruleViolation(ErrorCode.THERAPIST_UNAVAILABLE))
                .expectExceptionMessage("the therapist already has a session then")
                .expectNoEvents();
    }

    @Test
    void cannotBookIntoThePast() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(book(inLavender(NOW.minus(Duration.ofDays(1)))))
                .expectException(ruleViolation(ErrorCode.START_IN_PAST))
                .expectNoEvents();

        assertThat(desk.questions())
                .as("nothing is claimed for a session in the past")
                .isEmpty();
    }

    @Test
    void sessionStartingNowIsNoLongerInTheFuture() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(START)
                .when(book(inLavender(START)))
                .expectException(ruleViolation(ErrorCode.START_IN_PAST))
                .expectNoEvents();
    }

    @Test
    void adjunctMustBeCuppingOrHeat() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new BookSession(
                        BOOKING,
                        MARA,
                        Technique.TRIGGER_POINT,
                        Set.of(Technique.EFFLEURAGE),
                        true,
                        inLavender(START),
                        null))
                .expectException(ruleViolation(ErrorCode.INVALID_ADJUNCT))
                .expectNoEvents();

        assertThat(desk.questions())
                .as("nothing is claimed for an invalid session")
                .isEmpty();
    }

    @Test
    void adjunctCannotRepeatThePrimaryTechnique() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new BookSession(
                        BOOKING, MARA, Technique.CUPPING, Set.of(Technique.CUPPING), true, inLavender(START), null))
                .expectException(ruleViolation(ErrorCode.INVALID_ADJUNCT))
                .expectNoEvents();
    }

    @Test
    void cuppingAndHeatMayBothBeAdded() {
        Set<Technique> both = EnumSet.of(Technique.CUPPING, Technique.HEAT_THERAPY);

        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new BookSession(
                        BOOKING, MARA, Technique.MYOFASCIAL_RELEASE, both, false, inLavender(START), null))
                .expectEvents(new SessionBooked(BOOKING, MARA, Technique.MYOFASCIAL_RELEASE, both, false, PLACEMENT));

        assertThat(desk.questions())
                .extracting(Question::techniques, Question::includesNeck)
                .containsExactly(tuple(
                        EnumSet.of(Technique.MYOFASCIAL_RELEASE, Technique.CUPPING, Technique.HEAT_THERAPY), false));
    }

    @Test
    void canRescheduleConfirmedSession() {
        givenSession()
                .when(new RescheduleSession(BOOKING, inAnyRoom(BERLIN, THURSDAY), null))
                .expectEvents(new SessionRescheduled(BOOKING, MARA, PLACEMENT, MOVED))
                .expectResultMessagePayload(stateOf(MOVED, BookingStatus.CONFIRMED, 1));

        assertThat(desk.questions())
                .as(
                        "the move asks for its own booking, so its own claims do not stand in its way, and prefers its room")
                .containsExactly(new Question(
                        BOOKING, MARA, SESSION_TECHNIQUES, true, inAnyRoom(BERLIN, THURSDAY), LAVENDER, null));
    }

    @Test
    void canRescheduleIntoANamedRoom() {
        PlaceRequest inSage = new PlaceRequest(ANNA, BERLIN, SAGE, hourFrom(THURSDAY));
        Placement movedToSage =
                new Placement(ANNA, BERLIN, SAGE, hourFrom(THURSDAY), BERLIN_ZONE, CancellationPolicy.STANDARD);

        givenSession()
                .when(new RescheduleSession(BOOKING, inSage, null))
                .expectEvents(new SessionRescheduled(BOOKING, MARA, PLACEMENT, movedToSage));
    }

    @Test
    void movingToAnotherLocationPrefersNoRoom() {
        Placement inPotsdam =
                new Placement(ANNA, POTSDAM, SAGE, hourFrom(THURSDAY), BERLIN_ZONE, CancellationPolicy.STANDARD);

        givenSession()
                .when(new RescheduleSession(BOOKING, inAnyRoom(POTSDAM, THURSDAY), null))
                .expectEvents(new SessionRescheduled(BOOKING, MARA, PLACEMENT, inPotsdam));

        assertThat(desk.questions()).extracting(Question::preferredRoom).containsExactly((RoomId) null);
    }

    @Test
    void cannotRescheduleWhereTheDeskRefuses() {
        desk.refuseWith(
                new RuleViolation(ErrorCode.NO_ROOM_AVAILABLE, "every room at this location is taken at that time"));

        givenSession()
                .when(new RescheduleSession(BOOKING, inAnyRoom(BERLIN, THURSDAY), null))
                .expectException(ruleViolation(ErrorCode.NO_ROOM_AVAILABLE))
                .expectNoEvents();
    }

    @Test
    void cannotRescheduleIntoThePast() {
        givenSession()
                .when(new RescheduleSession(BOOKING, inAnyRoom(BERLIN, NOW.minus(Duration.ofHours(2))), null))
                .expectException(ruleViolation(ErrorCode.START_IN_PAST))
                .expectNoEvents();

        assertThat(desk.questions())
                .as("nothing is claimed for a move into the past")
                .isEmpty();
    }

    @Test
    void cannotRescheduleCancelledSession() {
        givenSession(new SessionCancelled(BOOKING, MARA, PLACEMENT, false))
                .when(new RescheduleSession(BOOKING, inAnyRoom(BERLIN, THURSDAY), null))
                .expectException(ruleViolation(ErrorCode.BOOKING_ALREADY_CANCELLED))
                .expectNoEvents();

        assertThat(desk.questions())
                .as("nothing is claimed for a cancelled session")
                .isEmpty();
    }

    @Test
    void cannotRescheduleCheckedInSession() {
        givenSession(new ClientCheckedIn(BOOKING, MARA, PLACEMENT))
                .when(new RescheduleSession(BOOKING, inAnyRoom(BERLIN, THURSDAY), null))
                .expectException(ruleViolation(ErrorCode.INVALID_STATE_TRANSITION))
                .expectNoEvents();
    }

    @Test
    void rescheduleAtTheCurrentVersionGoesAhead() {
        Instant friday = Instant.parse("2026-12-04T14:00:00Z");
        Placement movedAgain = placementFrom(friday, CancellationPolicy.STANDARD);

        givenSession(new SessionRescheduled(BOOKING, MARA, PLACEMENT, MOVED))
                .when(new RescheduleSession(BOOKING, inAnyRoom(BERLIN, friday), 1L))
                .expectEvents(new SessionRescheduled(BOOKING, MARA, MOVED, movedAgain))
                .expectResultMessagePayload(stateOf(movedAgain, BookingStatus.CONFIRMED, 2));
    }

    @Test
    void rescheduleAtAStaleVersionIsRefused() {
        givenSession(new SessionRescheduled(BOOKING, MARA, PLACEMENT, MOVED))
                .when(new RescheduleSession(BOOKING, inAnyRoom(BERLIN, Instant.parse("2026-12-04T14:00:00Z")), 0L))
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
                .when(new RescheduleSession(BOOKING, inAnyRoom(BERLIN, START.plus(Duration.ofDays(1))), null))
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
        return new BookingState(BOOKING, MARA, Technique.TRIGGER_POINT, HEAT, true, placement, status, version, null);
    }

    /** Mara's trigger-point session with heat and neck work, asked for at {@code place}. */
    private static BookSession book(PlaceRequest place) {
        return new BookSession(BOOKING, MARA, Technique.TRIGGER_POINT, HEAT, true, place, null);
    }

    /** An hour with Anna in room Lavender in Berlin, from {@code start}. */
    private static PlaceRequest inLavender(Instant start) {
        return new PlaceRequest(ANNA, BERLIN, LAVENDER, hourFrom(start));
    }

    /** An hour with Anna at {@code location} in whichever room is free, from {@code start}. */
    private static PlaceRequest inAnyRoom(LocationId location, Instant start) {
        return new PlaceRequest(ANNA, location, null, hourFrom(start));
    }

    /** An hour in room Lavender with Anna in Berlin, from {@code start}. */
    private static Placement placementFrom(Instant start, CancellationPolicy policy) {
        return new Placement(ANNA, BERLIN, LAVENDER, hourFrom(start), BERLIN_ZONE, policy);
    }

    private static TimeSlot hourFrom(Instant start) {
        return TimeSlot.of(start, Duration.ofHours(1));
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

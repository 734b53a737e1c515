package com.migrainecare.booking.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.booking.BookingCommand.CancelSession;
import com.migrainecare.kernel.booking.BookingCommand.ConfirmHold;
import com.migrainecare.kernel.booking.BookingCommand.DeclineHold;
import com.migrainecare.kernel.booking.BookingCommand.HoldSession;
import com.migrainecare.kernel.booking.BookingCommand.RescheduleSession;
import com.migrainecare.kernel.booking.BookingEvent.HeldSessionConfirmed;
import com.migrainecare.kernel.booking.BookingEvent.HoldReleased;
import com.migrainecare.kernel.booking.BookingEvent.SessionBooked;
import com.migrainecare.kernel.booking.BookingEvent.SessionHeld;
import com.migrainecare.kernel.booking.BookingStatus;
import com.migrainecare.kernel.booking.PlaceRequest;
import com.migrainecare.kernel.booking.Placement;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.chain.CancellationPolicy;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.CarePlanId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A care plan's proposed extra session is a tentative booking: it takes its time through the same desk as a
 * booking (48 hours from the client's others), holds it until the client accepts or declines it, and the hold's
 * end is a deadline that releases it. A moved session keeps the client's spacing too (the 48 h rule on moves).
 */
class TentativeHoldAggregateTest {

    /** A fixed "now", two hours into today, and everything else relative to it. */
    private static final Instant NOW =
            Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(2));

    private static final Instant START = NOW.plus(Duration.ofDays(5));
    private static final Instant HOLD_UNTIL = NOW.plus(Duration.ofHours(72));
    private static final Duration GAP = Duration.ofHours(48);

    private static final BookingId BOOKING = new BookingId("booking-held");
    private static final ClientId MARA = new ClientId("client-mara");
    private static final CarePlanId PLAN = CarePlanId.of(MARA);
    private static final TherapistId ANNA = new TherapistId("therapist-anna");
    private static final LocationId BERLIN = new LocationId("location-berlin");
    private static final RoomId LAVENDER = new RoomId("room-lavender");
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private static final PlaceRequest REQUEST =
            new PlaceRequest(ANNA, BERLIN, LAVENDER, TimeSlot.of(START, Duration.ofMinutes(45)));
    private static final Placement PLACEMENT =
            new Placement(ANNA, BERLIN, LAVENDER, REQUEST.slot(), ZONE, CancellationPolicy.STANDARD);
    private static final SessionHeld HELD =
            new SessionHeld(BOOKING, MARA, Technique.TRIGGER_POINT, Set.of(), true, PLACEMENT, HOLD_UNTIL, PLAN);

    private FixtureConfiguration<Booking> fixture;
    private FakeSessionDesk desk;

    @BeforeEach
    void setUp() {
        desk = new FakeSessionDesk(LAVENDER, ZONE, CancellationPolicy.STANDARD);
        fixture = new AggregateTestFixture<>(Booking.class);
        fixture.registerInjectableResource(desk);
    }

    @Test
    void proposedSessionHoldsItsTimeUntilItsHoldEnds() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(hold())
                .expectEvents(HELD)
                .expectScheduledDeadlineWithName(HOLD_UNTIL, Booking.HOLD_EXPIRY);

        assertThat(desk.spacings()).containsExactly(GAP);
        assertThat(desk.questions()).singleElement().satisfies(q -> assertThat(q.request())
                .isEqualTo(REQUEST));
    }

    @Test
    void cannotHoldSessionTooCloseToTheClientsOthers() {
        desk.refuseSpacingWith(new RuleViolation(ErrorCode.CLIENT_SESSIONS_TOO_CLOSE, "too close"));

        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(hold())
                .expectException(RuleViolation.class)
                .expectException(ruleViolation(ErrorCode.CLIENT_SESSIONS_TOO_CLOSE))
                .expectNoScheduledDeadlines();
    }

    @Test
    void offerExpiresAfterHold() {
        fixture.givenCurrentTime(NOW)
                .andGivenCommands(hold())
                .whenTimeAdvancesTo(HOLD_UNTIL)
                .expectEvents(new HoldReleased(BOOKING, MARA, PLACEMENT, true))
                .expectNoScheduledDeadlines();
    }

    @Test
    void acceptedProposalDoesNotExpire() {
        fixture.givenCurrentTime(NOW)
                .andGivenCommands(hold(), new ConfirmHold(BOOKING, null))
                .whenTimeAdvancesTo(HOLD_UNTIL)
                .expectNoEvents();
    }

    @Test
    void canAcceptProposedSessionWhileHeld() {
        fixture.given(HELD)
                .andGivenCurrentTime(HOLD_UNTIL.minusSeconds(1))
                .when(new ConfirmHold(BOOKING, null))
                .expectEvents(new HeldSessionConfirmed(BOOKING, MARA, PLACEMENT))
                .expectResultMessagePayloadMatching(status(BookingStatus.CONFIRMED));
    }

    @Test
    void cannotAcceptProposalOnceItsHoldEnded() {
        fixture.given(HELD)
                .andGivenCurrentTime(HOLD_UNTIL)
                .when(new ConfirmHold(BOOKING, null))
                .expectException(ruleViolation(ErrorCode.HOLD_EXPIRED));
    }

    @Test
    void cannotAcceptExpiredProposal() {
        fixture.given(HELD, new HoldReleased(BOOKING, MARA, PLACEMENT, true))
                .andGivenCurrentTime(NOW)
                .when(new ConfirmHold(BOOKING, null))
                .expectException(ruleViolation(ErrorCode.HOLD_EXPIRED));
    }

    @Test
    void canDeclineProposedSession() {
        fixture.given(HELD)
                .andGivenCurrentTime(NOW)
                .when(new DeclineHold(BOOKING, null))
                .expectEvents(new HoldReleased(BOOKING, MARA, PLACEMENT, false));
    }

    @Test
    void cannotAcceptDeclinedProposal() {
        fixture.given(HELD, new HoldReleased(BOOKING, MARA, PLACEMENT, false))
                .andGivenCurrentTime(NOW)
                .when(new ConfirmHold(BOOKING, null))
                .expectException(ruleViolation(ErrorCode.BOOKING_ALREADY_CLOSED));
    }

    @Test
    void cannotAcceptConfirmedSessionAsProposal() {
        fixture.given(new SessionBooked(BOOKING, MARA, Technique.TRIGGER_POINT, Set.of(), true, PLACEMENT))
                .andGivenCurrentTime(NOW)
                .when(new ConfirmHold(BOOKING, null))
                .expectException(ruleViolation(ErrorCode.INVALID_STATE_TRANSITION));
    }

    @Test
    void cannotCancelProposedSessionInsteadOfDecliningIt() {
        fixture.given(HELD)
                .andGivenCurrentTime(NOW)
                .when(new CancelSession(BOOKING, null))
                .expectException(ruleViolation(ErrorCode.INVALID_STATE_TRANSITION));
    }

    @Test
    void cannotMoveSessionWithin48HoursOfTheClientsOthers() {
        desk.refuseSpacingWith(new RuleViolation(ErrorCode.CLIENT_SESSIONS_TOO_CLOSE, "too close"));
        PlaceRequest later = new PlaceRequest(
                ANNA, BERLIN, null, TimeSlot.of(START.plus(Duration.ofDays(1)), Duration.ofMinutes(45)));

        fixture.given(new SessionBooked(BOOKING, MARA, Technique.TRIGGER_POINT, Set.of(), true, PLACEMENT))
                .andGivenCurrentTime(NOW)
                .when(new RescheduleSession(BOOKING, later, null, GAP))
                .expectException(ruleViolation(ErrorCode.CLIENT_SESSIONS_TOO_CLOSE));

        assertThat(desk.spacings()).containsExactly(GAP);
    }

    @Test
    void singleSessionMoveAsksForNoSpacing() {
        PlaceRequest later = new PlaceRequest(
                ANNA, BERLIN, null, TimeSlot.of(START.plus(Duration.ofDays(1)), Duration.ofMinutes(45)));

        fixture.given(new SessionBooked(BOOKING, MARA, Technique.TRIGGER_POINT, Set.of(), true, PLACEMENT))
                .andGivenCurrentTime(NOW)
                .when(new RescheduleSession(BOOKING, later, null))
                .expectSuccessfulHandlerExecution();

        assertThat(desk.spacings()).isEmpty();
    }

    private static HoldSession hold() {
        return new HoldSession(BOOKING, MARA, Technique.TRIGGER_POINT, true, REQUEST, GAP, HOLD_UNTIL, PLAN);
    }

    private static Matcher<Object> status(BookingStatus expected) {
        return new FeatureMatcher<>(equalTo(expected), "a booking state with status", "status") {
            @Override
            protected BookingStatus featureValueOf(Object state) {
                return ((BookingState) state).status();
            }
        };
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

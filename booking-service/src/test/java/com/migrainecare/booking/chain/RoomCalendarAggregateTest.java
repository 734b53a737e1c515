package com.migrainecare.booking.chain;

import static org.hamcrest.Matchers.equalTo;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.chain.LocationCommand.ReleaseRoom;
import com.migrainecare.kernel.chain.LocationCommand.ReserveRoom;
import com.migrainecare.kernel.chain.LocationEvent;
import com.migrainecare.kernel.chain.LocationEvent.RoomReleased;
import com.migrainecare.kernel.chain.LocationEvent.RoomReserved;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A treatment room holds one session at a time (DOMAIN.md rule 3); its calendar opens with the first reservation. */
class RoomCalendarAggregateTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

    private static final RoomId LAVENDER = new RoomId("room-lavender");
    private static final LocationId BERLIN = new LocationId("location-berlin");
    private static final BookingId BOOKING = new BookingId("booking-1");
    private static final BookingId OTHER_BOOKING = new BookingId("booking-2");

    /** Tuesday 1 December 2026, 10:00-11:00 in Berlin. */
    private static final TimeSlot TUESDAY_TEN = at("2026-12-01T09:00:00Z");

    private FixtureConfiguration<RoomCalendar> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RoomCalendar.class);
    }

    @Test
    void firstReservationOpensTheRoomCalendar() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(reserve(BOOKING, TUESDAY_TEN))
                .expectEvents(reserved(BOOKING, TUESDAY_TEN))
                .expectResultMessagePayload(true);
    }

    @Test
    void canReserveFreeSlot() {
        TimeSlot wednesday = at("2026-12-02T09:00:00Z");

        givenRoomWith(reserved(BOOKING, TUESDAY_TEN))
                .when(reserve(OTHER_BOOKING, wednesday))
                .expectEvents(reserved(OTHER_BOOKING, wednesday))
                .expectResultMessagePayload(true);
    }

    @Test
    void cannotDoubleBookRoom() {
        givenRoomWith(reserved(BOOKING, TUESDAY_TEN))
                .when(reserve(OTHER_BOOKING, at("2026-12-01T08:30:00Z")))
                .expectException(ruleViolation(ErrorCode.ROOM_UNAVAILABLE))
                .expectNoEvents();
    }

    @Test
    void backToBackSessionsDoNotOverlap() {
        TimeSlot rightAfter = at("2026-12-01T10:00:00Z");

        givenRoomWith(reserved(BOOKING, TUESDAY_TEN))
                .when(reserve(OTHER_BOOKING, rightAfter))
                .expectEvents(reserved(OTHER_BOOKING, rightAfter))
                .expectResultMessagePayload(true);
    }

    @Test
    void reservingSameSlotTwiceIsIdempotent() {
        givenRoomWith(reserved(BOOKING, TUESDAY_TEN))
                .when(reserve(BOOKING, TUESDAY_TEN))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void sameBookingMayHoldNewSlotBeforeReleasingOld() {
        TimeSlot halfAnHourLater = at("2026-12-01T09:30:00Z");

        givenRoomWith(reserved(BOOKING, TUESDAY_TEN))
                .when(reserve(BOOKING, halfAnHourLater))
                .expectEvents(reserved(BOOKING, halfAnHourLater))
                .expectResultMessagePayload(true);
    }

    @Test
    void releaseFreesTheSlotAndNamesTheLocation() {
        givenRoomWith(reserved(BOOKING, TUESDAY_TEN))
                .when(new ReleaseRoom(LAVENDER, BOOKING, TUESDAY_TEN))
                .expectEvents(new RoomReleased(LAVENDER, BERLIN, BOOKING, TUESDAY_TEN));
    }

    @Test
    void releasedSlotCanBeTakenByAnotherBooking() {
        givenRoomWith(reserved(BOOKING, TUESDAY_TEN), new RoomReleased(LAVENDER, BERLIN, BOOKING, TUESDAY_TEN))
                .when(reserve(OTHER_BOOKING, TUESDAY_TEN))
                .expectEvents(reserved(OTHER_BOOKING, TUESDAY_TEN));
    }

    @Test
    void releaseIsIdempotent() {
        givenRoomWith(reserved(BOOKING, TUESDAY_TEN), new RoomReleased(LAVENDER, BERLIN, BOOKING, TUESDAY_TEN))
                .when(new ReleaseRoom(LAVENDER, BOOKING, TUESDAY_TEN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void releasingSlotOfAnotherBookingChangesNothing() {
        givenRoomWith(reserved(BOOKING, TUESDAY_TEN))
                .when(new ReleaseRoom(LAVENDER, OTHER_BOOKING, TUESDAY_TEN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void reservationEndedMoreThanADayBeforeLaterEventsIsForgotten() {
        givenRoomWith(reserved(BOOKING, TUESDAY_TEN))
                .andGivenCurrentTime(Instant.parse("2026-12-02T10:00:00Z"))
                .andGiven(reserved(OTHER_BOOKING, at("2026-12-08T09:00:00Z")))
                .when(new ReleaseRoom(LAVENDER, BOOKING, TUESDAY_TEN))
                .expectNoEvents();
    }

    @Test
    void reservationEndedLessThanADayBeforeLaterEventsIsKept() {
        givenRoomWith(reserved(BOOKING, TUESDAY_TEN))
                .andGivenCurrentTime(Instant.parse("2026-12-02T09:59:59Z"))
                .andGiven(reserved(OTHER_BOOKING, at("2026-12-08T09:00:00Z")))
                .when(new ReleaseRoom(LAVENDER, BOOKING, TUESDAY_TEN))
                .expectEvents(new RoomReleased(LAVENDER, BERLIN, BOOKING, TUESDAY_TEN));
    }

    private TestExecutor<RoomCalendar> givenRoomWith(LocationEvent... events) {
        return fixture.givenCurrentTime(NOW).andGiven((Object[]) events);
    }

    private static ReserveRoom reserve(BookingId booking, TimeSlot slot) {
        return new ReserveRoom(LAVENDER, BERLIN, booking, slot);
    }

    private static RoomReserved reserved(BookingId booking, TimeSlot slot) {
        return new RoomReserved(LAVENDER, BERLIN, booking, slot);
    }

    /** An hour-long session from {@code start}. */
    private static TimeSlot at(String start) {
        return TimeSlot.of(Instant.parse(start), Duration.ofHours(1));
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

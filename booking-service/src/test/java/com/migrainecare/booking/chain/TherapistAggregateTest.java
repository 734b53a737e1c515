package com.migrainecare.booking.chain;

import static org.hamcrest.Matchers.equalTo;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.chain.TherapistCommand.AddShift;
import com.migrainecare.kernel.chain.TherapistCommand.AddTimeOff;
import com.migrainecare.kernel.chain.TherapistCommand.RegisterTherapist;
import com.migrainecare.kernel.chain.TherapistCommand.ReleaseTherapist;
import com.migrainecare.kernel.chain.TherapistCommand.ReserveTherapist;
import com.migrainecare.kernel.chain.TherapistEvent;
import com.migrainecare.kernel.chain.TherapistEvent.ShiftAdded;
import com.migrainecare.kernel.chain.TherapistEvent.TherapistRegistered;
import com.migrainecare.kernel.chain.TherapistEvent.TherapistReleased;
import com.migrainecare.kernel.chain.TherapistEvent.TherapistReserved;
import com.migrainecare.kernel.chain.TherapistEvent.TimeOffAdded;
import com.migrainecare.kernel.chain.TravelBuffers;
import com.migrainecare.kernel.chain.WeeklyShift;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The therapist's calendar (DOMAIN.md rule 3): qualification, shifts, time off, overlaps and travel buffers.
 * Anna works in Berlin 09:00-13:00 and in Potsdam 13:15-18:00 on weekdays; times are read in Europe/Berlin.
 */
class TherapistAggregateTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final ZoneId BERLIN_ZONE = ZoneId.of("Europe/Berlin");
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private static final TherapistId ANNA = new TherapistId("therapist-anna");
    private static final LocationId BERLIN = new LocationId("location-berlin");
    private static final LocationId POTSDAM = new LocationId("location-potsdam");
    private static final BookingId BOOKING = new BookingId("booking-1");
    private static final BookingId OTHER_BOOKING = new BookingId("booking-2");
    private static final Set<Technique> ANNAS_TECHNIQUES =
            EnumSet.of(Technique.TRIGGER_POINT, Technique.MYOFASCIAL_RELEASE, Technique.HEAT_THERAPY);
    private static final Set<Technique> SESSION_TECHNIQUES =
            EnumSet.of(Technique.TRIGGER_POINT, Technique.HEAT_THERAPY);

    private static final WeeklyShift BERLIN_MORNINGS = shift("shift-berlin", BERLIN, BERLIN_ZONE, "09:00", "13:00");
    // the shifts leave 15 minutes between the locations; sessions still need the whole travel buffer
    private static final WeeklyShift POTSDAM_AFTERNOONS =
            shift("shift-potsdam", POTSDAM, BERLIN_ZONE, "13:15", "18:00");
    private static final ShiftAdded WORKS_BERLIN_MORNINGS = new ShiftAdded(ANNA, BERLIN_MORNINGS);
    private static final ShiftAdded WORKS_POTSDAM_AFTERNOONS = new ShiftAdded(ANNA, POTSDAM_AFTERNOONS);

    /** Tuesday 1 December 2026, 10:00-11:00 in Berlin (CET, UTC+1). */
    private static final TimeSlot TUESDAY_TEN = slot("2026-12-01T10:00", 60);

    private FixtureConfiguration<Therapist> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Therapist.class);
    }

    @Test
    void registeringATherapistRecordsTheirTechniques() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new RegisterTherapist(ANNA, "Anna Weber", ANNAS_TECHNIQUES, "anna@example.org"))
                .expectEvents(new TherapistRegistered(ANNA, "Anna Weber", ANNAS_TECHNIQUES, "anna@example.org"));
    }

    @Test
    void therapistNeedsAName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterTherapist(ANNA, " ", ANNAS_TECHNIQUES, "anna@example.org"))
                .expectException(ruleViolation(ErrorCode.INVALID_REQUEST))
                .expectNoEvents();
    }

    @Test
    void therapistNeedsAtLeastOneTechnique() {
        fixture.givenNoPriorActivity()
                .when(new RegisterTherapist(ANNA, "Anna Weber", Set.of(), "anna@example.org"))
                .expectException(ruleViolation(ErrorCode.INVALID_REQUEST))
                .expectExceptionMessage("a therapist needs at least one technique")
                .expectNoEvents();
    }

    @Test
    void canAddShiftAtSameLocationStartingWhenAnotherEnds() {
        WeeklyShift berlinAfternoons = shift("shift-berlin-pm", BERLIN, BERLIN_ZONE, "13:00", "18:00");

        givenAnnaWith(WORKS_BERLIN_MORNINGS)
                .when(new AddShift(ANNA, berlinAfternoons))
                .expectEvents(new ShiftAdded(ANNA, berlinAfternoons));
    }

    @Test
    void canAddShiftElsewhereThatLeavesTimeToTravel() {
        WeeklyShift potsdamFromTwo = shift("shift-potsdam", POTSDAM, BERLIN_ZONE, "14:00", "18:00");

        givenAnnaWith(WORKS_BERLIN_MORNINGS)
                .when(new AddShift(ANNA, potsdamFromTwo))
                .expectEvents(new ShiftAdded(ANNA, potsdamFromTwo));
    }

    @Test
    void shiftsOfOneTherapistCannotClash() {
        WeeklyShift potsdamFromNoon = shift("shift-potsdam", POTSDAM, BERLIN_ZONE, "12:00", "16:00");

        givenAnnaWith(WORKS_BERLIN_MORNINGS)
                .when(new AddShift(ANNA, potsdamFromNoon))
                .expectException(ruleViolation(ErrorCode.SHIFT_OVERLAP))
                .expectNoEvents();
    }

    @Test
    void shiftsValidInDifferentPeriodsDoNotClash() {
        WeeklyShift untilNewYear = new WeeklyShift(
                "shift-2026",
                BERLIN,
                BERLIN_ZONE,
                WEEKDAYS,
                LocalTime.of(9, 0),
                LocalTime.of(13, 0),
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 31));
        WeeklyShift fromNewYear = new WeeklyShift(
                "shift-2027",
                POTSDAM,
                BERLIN_ZONE,
                WEEKDAYS,
                LocalTime.of(9, 0),
                LocalTime.of(13, 0),
                LocalDate.of(2027, 1, 1),
                null);

        givenAnnaWith(new ShiftAdded(ANNA, untilNewYear))
                .when(new AddShift(ANNA, fromNewYear))
                .expectEvents(new ShiftAdded(ANNA, fromNewYear));
    }

    /*
     * Shifts are compared as instants in their own zones, not as wall-clock hours:
     * Chicago 10:00-14:00 CST is 16:00-20:00 UTC and Indianapolis
     * 14:00-18:00 EST is 19:00-23:00 UTC, so on Mondays the therapist would work at two places at once.
     */
    @Test
    void shiftsInDifferentTimeZonesClashWhenTheirHoursCoincide() {
        WeeklyShift chicagoMornings = new WeeklyShift(
                "shift-chicago",
                new LocationId("location-chicago"),
                ZoneId.of("America/Chicago"),
                Set.of(DayOfWeek.MONDAY),
                LocalTime.of(10, 0),
                LocalTime.of(14, 0),
                LocalDate.of(2026, 11, 1),
                null);
        WeeklyShift indianapolisAfternoons = new WeeklyShift(
                "shift-indianapolis",
                new LocationId("location-indianapolis"),
                ZoneId.of("America/Indiana/Indianapolis"),
                Set.of(DayOfWeek.MONDAY),
                LocalTime.of(14, 0),
                LocalTime.of(18, 0),
                LocalDate.of(2026, 11, 1),
                null);

        givenAnnaWith(new ShiftAdded(ANNA, chicagoMornings))
                .when(new AddShift(ANNA, indianapolisAfternoons))
                .expectException(ruleViolation(ErrorCode.SHIFT_OVERLAP))
                .expectNoEvents();
    }

    @Test
    void shiftsAtDifferentLocationsNeedTheTravelTimeBetweenThem() {
        WeeklyShift potsdamQuarterPast = shift("shift-potsdam", POTSDAM, BERLIN_ZONE, "13:15", "18:00");

        givenAnnaWith(WORKS_BERLIN_MORNINGS)
                .when(new AddShift(ANNA, potsdamQuarterPast, TravelBuffers.DEFAULT))
                .expectException(ruleViolation(ErrorCode.SHIFT_OVERLAP))
                .expectNoEvents();
    }

    @Test
    void sameWallClockHoursInZonesHoursApartDoNotClash() {
        WeeklyShift chicagoMornings = shift(
                "shift-chicago", new LocationId("location-chicago"), ZoneId.of("America/Chicago"), "09:00", "13:00");

        givenAnnaWith(WORKS_BERLIN_MORNINGS)
                .when(new AddShift(ANNA, chicagoMornings))
                .expectEvents(new ShiftAdded(ANNA, chicagoMornings));
    }

    @Test
    void canAddTimeOffWhenNothingIsBooked() {
        TimeSlot tuesday = slot("2026-12-01T00:00", 24 * 60);

        givenAnnaWith(WORKS_BERLIN_MORNINGS)
                .when(new AddTimeOff(ANNA, "off-1", tuesday, "dentist"))
                .expectEvents(new TimeOffAdded(ANNA, "off-1", tuesday, "dentist"));
    }

    @Test
    void timeOffCannotCoverBookedSession() {
        givenAnnaWith(WORKS_BERLIN_MORNINGS, reserved(BOOKING, BERLIN, TUESDAY_TEN))
                .when(new AddTimeOff(ANNA, "off-1", slot("2026-12-01T00:00", 24 * 60), "dentist"))
                .expectException(ruleViolation(ErrorCode.TIME_OFF_CONFLICTS_WITH_BOOKING))
                .expectNoEvents();
    }

    @Test
    void timeOffMayEndWhenASessionStarts() {
        TimeSlot earlyMorning = slot("2026-12-01T08:00", 120);

        givenAnnaWith(WORKS_BERLIN_MORNINGS, reserved(BOOKING, BERLIN, TUESDAY_TEN))
                .when(new AddTimeOff(ANNA, "off-1", earlyMorning, "school run"))
                .expectEvents(new TimeOffAdded(ANNA, "off-1", earlyMorning, "school run"));
    }

    @Test
    void canReserveFreeSlotInsideShift() {
        givenAnnaWith(WORKS_BERLIN_MORNINGS)
                .when(reserve(BOOKING, BERLIN, TUESDAY_TEN))
                .expectEvents(reserved(BOOKING, BERLIN, TUESDAY_TEN))
                .expectResultMessagePayload(true);
    }

    @Test
    void cannotDoubleBookTherapist() {
        givenAnnaWith(WORKS_BERLIN_MORNINGS, reserved(BOOKING, BERLIN, TUESDAY_TEN))
                .when(reserve(OTHER_BOOKING, BERLIN, slot("2026-12-01T10:30", 60)))
                .expectException(ruleViolation(ErrorCode.THERAPIST_UNAVAILABLE))
                .expectNoEvents();
    }

    @Test
    void backToBackSessionsDoNotOverlap() {
        TimeSlot elevenOClock = slot("2026-12-01T11:00", 60);

        givenAnnaWith(WORKS_BERLIN_MORNINGS, reserved(BOOKING, BERLIN, TUESDAY_TEN))
                .when(reserve(OTHER_BOOKING, BERLIN, elevenOClock))
                .expectEvents(reserved(OTHER_BOOKING, BERLIN, elevenOClock))
                .expectResultMessagePayload(true);
    }

    @Test
    void cannotReserveOutsideShift() {
        givenAnnaWith(WORKS_BERLIN_MORNINGS)
                .when(reserve(BOOKING, BERLIN, slot("2026-12-01T12:30", 60)))
                .expectException(ruleViolation(ErrorCode.OUTSIDE_SHIFT))
                .expectNoEvents();
    }

    @Test
    void cannotReserveAtLocationWhereTheTherapistDoesNotWorkThen() {
        givenAnnaWith(WORKS_BERLIN_MORNINGS, WORKS_POTSDAM_AFTERNOONS)
                .when(reserve(BOOKING, POTSDAM, TUESDAY_TEN))
                .expectException(ruleViolation(ErrorCode.OUTSIDE_SHIFT))
                .expectNoEvents();
    }

    @Test
    void cannotReserveOnDayWithoutShift() {
        givenAnnaWith(WORKS_BERLIN_MORNINGS)
                .when(reserve(BOOKING, BERLIN, slot("2026-12-05T10:00", 60)))
                .expectException(ruleViolation(ErrorCode.OUTSIDE_SHIFT))
                .expectNoEvents();
    }

    @Test
    void cannotReserveAfterShiftIsNoLongerValid() {
        WeeklyShift untilNovember = new WeeklyShift(
                "shift-november",
                BERLIN,
                BERLIN_ZONE,
                WEEKDAYS,
                LocalTime.of(9, 0),
                LocalTime.of(13, 0),
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30));

        givenAnnaWith(new ShiftAdded(ANNA, untilNovember))
                .when(reserve(BOOKING, BERLIN, TUESDAY_TEN))
                .expectException(ruleViolation(ErrorCode.OUTSIDE_SHIFT))
                .expectNoEvents();
    }

    @Test
    void shiftKeepsItsWallClockStartAfterClocksGoForward() {
        // Monday 29 March 2027 is the first weekday on CEST (UTC+2): 09:00 local is 07:00 UTC
        TimeSlot nineLocal = TimeSlot.of(Instant.parse("2027-03-29T07:00:00Z"), Duration.ofHours(1));

        givenAnnaWith(WORKS_BERLIN_MORNINGS)
                .when(reserve(BOOKING, BERLIN, nineLocal))
                .expectEvents(reserved(BOOKING, BERLIN, nineLocal));
    }

    @Test
    void shiftKeepsItsWallClockEndAfterClocksGoForward() {
        // 10:30 UTC is 12:30 local on CEST, so an hour from then runs past the shift's 13:00 end
        TimeSlot halfPastTwelveLocal = TimeSlot.of(Instant.parse("2027-03-29T10:30:00Z"), Duration.ofHours(1));

        givenAnnaWith(WORKS_BERLIN_MORNINGS)
                .when(reserve(BOOKING, BERLIN, halfPastTwelveLocal))
                .expectException(ruleViolation(ErrorCode.OUTSIDE_SHIFT))
                .expectNoEvents();
    }

    @Test
    void cannotReserveDuringTimeOff() {
        TimeOffAdded dentist = new TimeOffAdded(ANNA, "off-1", slot("2026-12-01T10:30", 30), "dentist");

        givenAnnaWith(WORKS_BERLIN_MORNINGS, dentist)
                .when(reserve(BOOKING, BERLIN, TUESDAY_TEN))
                .expectException(ruleViolation(ErrorCode.THERAPIST_ON_TIME_OFF))
                .expectNoEvents();
    }

    @Test
    void cannotReserveTechniqueTheTherapistIsNotQualifiedFor() {
        ReserveTherapist lymphaticDrainage = new ReserveTherapist(
                ANNA, BOOKING, BERLIN, TUESDAY_TEN, Set.of(Technique.LYMPHATIC_DRAINAGE), TravelBuffers.DEFAULT);

        givenAnnaWith(WORKS_BERLIN_MORNINGS)
                .when(lymphaticDrainage)
                .expectException(ruleViolation(ErrorCode.THERAPIST_NOT_QUALIFIED))
                .expectNoEvents();
    }

    @Test
    void needsTravelBufferBetweenLocations() {
        givenAnnaWith(
                        WORKS_BERLIN_MORNINGS,
                        WORKS_POTSDAM_AFTERNOONS,
                        reserved(BOOKING, BERLIN, slot("2026-12-01T12:00", 60)))
                .when(reserve(OTHER_BOOKING, POTSDAM, slot("2026-12-01T13:15", 60)))
                .expectException(ruleViolation(ErrorCode.TRAVEL_BUFFER_VIOLATED))
                .expectNoEvents();
    }

    @Test
    void travelBufferAlsoKeepsRoomBeforeALaterSessionElsewhere() {
        givenAnnaWith(
                        WORKS_BERLIN_MORNINGS,
                        WORKS_POTSDAM_AFTERNOONS,
                        reserved(BOOKING, POTSDAM, slot("2026-12-01T13:15", 60)))
                .when(reserve(OTHER_BOOKING, BERLIN, slot("2026-12-01T12:00", 60)))
                .expectException(ruleViolation(ErrorCode.TRAVEL_BUFFER_VIOLATED))
                .expectNoEvents();
    }

    @Test
    void standardTravelBufferIsEnoughWhenKeptExactly() {
        TimeSlot halfPastOne = slot("2026-12-01T13:30", 60);

        givenAnnaWith(
                        WORKS_BERLIN_MORNINGS,
                        WORKS_POTSDAM_AFTERNOONS,
                        reserved(BOOKING, BERLIN, slot("2026-12-01T12:00", 60)))
                .when(reserve(OTHER_BOOKING, POTSDAM, halfPastOne))
                .expectEvents(reserved(OTHER_BOOKING, POTSDAM, halfPastOne));
    }

    @Test
    void travelBufferOverrideForLocationPair() {
        TravelBuffers anHourToPotsdam = new TravelBuffers(
                Duration.ofMinutes(30), Map.of(TravelBuffers.pairKey(POTSDAM, BERLIN), Duration.ofMinutes(60)));

        givenAnnaWith(
                        WORKS_BERLIN_MORNINGS,
                        WORKS_POTSDAM_AFTERNOONS,
                        reserved(BOOKING, BERLIN, slot("2026-12-01T12:00", 60)))
                .when(new ReserveTherapist(
                        ANNA,
                        OTHER_BOOKING,
                        POTSDAM,
                        slot("2026-12-01T13:30", 60),
                        SESSION_TECHNIQUES,
                        anHourToPotsdam))
                .expectException(ruleViolation(ErrorCode.TRAVEL_BUFFER_VIOLATED))
                .expectExceptionMessage("the therapist needs 60 minutes to travel from another location")
                .expectNoEvents();
    }

    @Test
    void shorterTravelBufferForLocationPairAllowsCloserSessions() {
        TravelBuffers tenMinutesToPotsdam = new TravelBuffers(
                Duration.ofMinutes(30), Map.of(TravelBuffers.pairKey(BERLIN, POTSDAM), Duration.ofMinutes(10)));
        TimeSlot quarterPastOne = slot("2026-12-01T13:15", 60);

        givenAnnaWith(
                        WORKS_BERLIN_MORNINGS,
                        WORKS_POTSDAM_AFTERNOONS,
                        reserved(BOOKING, BERLIN, slot("2026-12-01T12:00", 60)))
                .when(new ReserveTherapist(
                        ANNA, OTHER_BOOKING, POTSDAM, quarterPastOne, SESSION_TECHNIQUES, tenMinutesToPotsdam))
                .expectEvents(reserved(OTHER_BOOKING, POTSDAM, quarterPastOne));
    }

    @Test
    void sameBookingMayHoldNewSlotBeforeReleasingOld() {
        TimeSlot halfAnHourLater = slot("2026-12-01T10:30", 60);

        givenAnnaWith(WORKS_BERLIN_MORNINGS, reserved(BOOKING, BERLIN, TUESDAY_TEN))
                .when(reserve(BOOKING, BERLIN, halfAnHourLater))
                .expectEvents(reserved(BOOKING, BERLIN, halfAnHourLater))
                .expectResultMessagePayload(true);
    }

    @Test
    void reservingSameSlotTwiceIsIdempotent() {
        givenAnnaWith(WORKS_BERLIN_MORNINGS, reserved(BOOKING, BERLIN, TUESDAY_TEN))
                .when(reserve(BOOKING, BERLIN, TUESDAY_TEN))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void releaseFreesTheSlotAtItsLocation() {
        givenAnnaWith(WORKS_BERLIN_MORNINGS, reserved(BOOKING, BERLIN, TUESDAY_TEN))
                .when(new ReleaseTherapist(ANNA, BOOKING, TUESDAY_TEN))
                .expectEvents(new TherapistReleased(ANNA, BOOKING, BERLIN, TUESDAY_TEN));
    }

    @Test
    void releasedSlotCanBeReservedByAnotherBooking() {
        givenAnnaWith(
                        WORKS_BERLIN_MORNINGS,
                        reserved(BOOKING, BERLIN, TUESDAY_TEN),
                        new TherapistReleased(ANNA, BOOKING, BERLIN, TUESDAY_TEN))
                .when(reserve(OTHER_BOOKING, BERLIN, TUESDAY_TEN))
                .expectEvents(reserved(OTHER_BOOKING, BERLIN, TUESDAY_TEN));
    }

    @Test
    void releaseIsIdempotent() {
        givenAnnaWith(
                        WORKS_BERLIN_MORNINGS,
                        reserved(BOOKING, BERLIN, TUESDAY_TEN),
                        new TherapistReleased(ANNA, BOOKING, BERLIN, TUESDAY_TEN))
                .when(new ReleaseTherapist(ANNA, BOOKING, TUESDAY_TEN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void releasingAnotherSlotOfTheBookingLeavesTheHeldOneAlone() {
        givenAnnaWith(WORKS_BERLIN_MORNINGS, reserved(BOOKING, BERLIN, TUESDAY_TEN))
                .when(new ReleaseTherapist(ANNA, BOOKING, slot("2026-12-01T11:00", 60)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void reservationEndedMoreThanADayBeforeLaterEventsIsForgotten() {
        TimeSlot nextTuesday = slot("2026-12-08T10:00", 60);

        givenAnnaWith(WORKS_BERLIN_MORNINGS, reserved(BOOKING, BERLIN, TUESDAY_TEN))
                .andGivenCurrentTime(Instant.parse("2026-12-02T10:00:00Z"))
                .andGiven(reserved(OTHER_BOOKING, BERLIN, nextTuesday))
                .when(new ReleaseTherapist(ANNA, BOOKING, TUESDAY_TEN))
                .expectNoEvents();
    }

    @Test
    void reservationEndedLessThanADayBeforeLaterEventsIsKept() {
        TimeSlot nextTuesday = slot("2026-12-08T10:00", 60);

        givenAnnaWith(WORKS_BERLIN_MORNINGS, reserved(BOOKING, BERLIN, TUESDAY_TEN))
                .andGivenCurrentTime(Instant.parse("2026-12-02T09:59:59Z"))
                .andGiven(reserved(OTHER_BOOKING, BERLIN, nextTuesday))
                .when(new ReleaseTherapist(ANNA, BOOKING, TUESDAY_TEN))
                .expectEvents(new TherapistReleased(ANNA, BOOKING, BERLIN, TUESDAY_TEN));
    }

    private TestExecutor<Therapist> givenAnnaWith(TherapistEvent... events) {
        return fixture.givenCurrentTime(NOW)
                .andGiven(new TherapistRegistered(ANNA, "Anna Weber", ANNAS_TECHNIQUES, "anna@example.org"))
                .andGiven((Object[]) events);
    }

    private static ReserveTherapist reserve(BookingId booking, LocationId location, TimeSlot slot) {
        return new ReserveTherapist(ANNA, booking, location, slot, SESSION_TECHNIQUES, TravelBuffers.DEFAULT);
    }

    private static TherapistReserved reserved(BookingId booking, LocationId location, TimeSlot slot) {
        return new TherapistReserved(ANNA, booking, location, slot);
    }

    private static WeeklyShift shift(String id, LocationId location, ZoneId zone, String from, String to) {
        return new WeeklyShift(
                id,
                location,
                zone,
                WEEKDAYS,
                LocalTime.parse(from),
                LocalTime.parse(to),
                LocalDate.of(2026, 11, 1),
                null);
    }

    /** A slot starting at a wall-clock time in Berlin. */
    private static TimeSlot slot(String localStart, int minutes) {
        Instant start = LocalDateTime.parse(localStart).atZone(BERLIN_ZONE).toInstant();
        return TimeSlot.of(start, Duration.ofMinutes(minutes));
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

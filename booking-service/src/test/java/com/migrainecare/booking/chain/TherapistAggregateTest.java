package com.migrainecare.booking.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.migrainecare.booking.claim.FakeClaimedTime;
import com.migrainecare.booking.claim.Resource;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.chain.TherapistCommand.AddShift;
import com.migrainecare.kernel.chain.TherapistCommand.AddTimeOff;
import com.migrainecare.kernel.chain.TherapistCommand.RegisterTherapist;
import com.migrainecare.kernel.chain.TherapistEvent;
import com.migrainecare.kernel.chain.TherapistEvent.ShiftAdded;
import com.migrainecare.kernel.chain.TherapistEvent.TherapistRegistered;
import com.migrainecare.kernel.chain.TherapistEvent.TimeOffAdded;
import com.migrainecare.kernel.chain.TravelBuffers;
import com.migrainecare.kernel.chain.WeeklyShift;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
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
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The therapist's own record (DOMAIN.md rule 3): qualification, shifts and time off. Anna works in Berlin
 * 09:00-13:00 and in Potsdam 13:15-18:00 on weekdays; times are read in Europe/Berlin. Time off goes through the
 * {@link TimeOffDesk} on a {@link FakeClaimedTime}; whether a session fits her record is asked with the test-only
 * {@link CheckSession}. Overlaps and travel buffers between sessions are the claims table's, tested over HTTP.
 */
class TherapistAggregateTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final ZoneId BERLIN_ZONE = ZoneId.of("Europe/Berlin");
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private static final TherapistId ANNA = new TherapistId("therapist-anna");
    private static final LocationId BERLIN = new LocationId("location-berlin");
    private static final LocationId POTSDAM = new LocationId("location-potsdam");
    private static final BookingId BOOKING = new BookingId("booking-1");
    private static final Set<Technique> ANNAS_TECHNIQUES =
            EnumSet.of(Technique.TRIGGER_POINT, Technique.MYOFASCIAL_RELEASE, Technique.HEAT_THERAPY);
    private static final Set<Technique> SESSION_TECHNIQUES =
            EnumSet.of(Technique.TRIGGER_POINT, Technique.HEAT_THERAPY);

    private static final WeeklyShift BERLIN_MORNINGS = shift("shift-berlin", BERLIN, BERLIN_ZONE, "09:00", "13:00");
    // given as an event: leaving only 15 minutes to travel, AddShift would refuse it today
    private static final WeeklyShift POTSDAM_AFTERNOONS =
            shift("shift-potsdam", POTSDAM, BERLIN_ZONE, "13:15", "18:00");
    private static final ShiftAdded WORKS_BERLIN_MORNINGS = new ShiftAdded(ANNA, BERLIN_MORNINGS);
    private static final ShiftAdded WORKS_POTSDAM_AFTERNOONS = new ShiftAdded(ANNA, POTSDAM_AFTERNOONS);

    /** Tuesday 1 December 2026, 10:00-11:00 in Berlin (CET, UTC+1). */
    private static final TimeSlot TUESDAY_TEN = slot("2026-12-01T10:00", 60);

    private FixtureConfiguration<Therapist> fixture;
    private FakeClaimedTime claims;

    @BeforeEach
    void setUp() {
        claims = new FakeClaimedTime();
        fixture = new AggregateTestFixture<>(Therapist.class);
        fixture.registerAnnotatedCommandHandler(new TimeOffDesk(claims, fixture.getRepository()))
                .registerAnnotatedCommandHandler(new SessionChecker(fixture.getRepository()));
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
    void timeOffLocksTheTherapistsClaimsBeforeReadingThem() {
        givenAnnaWith(WORKS_BERLIN_MORNINGS)
                .when(new AddTimeOff(ANNA, "off-1", slot("2026-12-01T00:00", 24 * 60), "dentist"))
                .expectSuccessfulHandlerExecution();

        assertThat(claims.calls()).containsExactly("lock therapist:therapist-anna", "read therapist:therapist-anna");
    }

    @Test
    void timeOffCannotCoverBookedSession() {
        claims.claimed(Resource.of(ANNA), BOOKING, BERLIN, TUESDAY_TEN);

        givenAnnaWith(WORKS_BERLIN_MORNINGS)
                .when(new AddTimeOff(ANNA, "off-1", slot("2026-12-01T00:00", 24 * 60), "dentist"))
                .expectException(ruleViolation(ErrorCode.TIME_OFF_CONFLICTS_WITH_BOOKING))
                .expectNoEvents();
    }

    @Test
    void timeOffMayEndWhenASessionStarts() {
        TimeSlot earlyMorning = slot("2026-12-01T08:00", 120);
        claims.claimed(Resource.of(ANNA), BOOKING, BERLIN, TUESDAY_TEN);

        givenAnnaWith(WORKS_BERLIN_MORNINGS)
                .when(new AddTimeOff(ANNA, "off-1", earlyMorning, "school run"))
                .expectEvents(new TimeOffAdded(ANNA, "off-1", earlyMorning, "school run"));
    }

    @Test
    void sessionsOfOthersDoNotStandInTheWayOfTimeOff() {
        TimeSlot tuesday = slot("2026-12-01T00:00", 24 * 60);
        claims.claimed(Resource.of(new TherapistId("therapist-ben")), BOOKING, BERLIN, TUESDAY_TEN)
                .claimed(Resource.of(new RoomId("room-lavender")), BOOKING, BERLIN, TUESDAY_TEN);

        givenAnnaWith(WORKS_BERLIN_MORNINGS)
                .when(new AddTimeOff(ANNA, "off-1", tuesday, "dentist"))
                .expectEvents(new TimeOffAdded(ANNA, "off-1", tuesday, "dentist"));
    }

    @Test
    void canBookSessionInsideShift() {
        givenAnnaWith(WORKS_BERLIN_MORNINGS)
                .when(check(BERLIN, TUESDAY_TEN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void canBookAtTheOtherLocationDuringItsShift() {
        givenAnnaWith(WORKS_BERLIN_MORNINGS, WORKS_POTSDAM_AFTERNOONS)
                .when(check(POTSDAM, slot("2026-12-01T14:00", 60)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void canBookSessionThatFillsTheShiftExactly() {
        givenAnnaWith(WORKS_BERLIN_MORNINGS)
                .when(check(BERLIN, slot("2026-12-01T09:00", 4 * 60)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotBookOutsideShift() {
        givenAnnaWith(WORKS_BERLIN_MORNINGS)
                .when(check(BERLIN, slot("2026-12-01T12:30", 60)))
                .expectException(ruleViolation(ErrorCode.OUTSIDE_SHIFT))
                .expectNoEvents();
    }

    @Test
    void cannotBookAtLocationWhereTheTherapistDoesNotWorkThen() {
        givenAnnaWith(WORKS_BERLIN_MORNINGS, WORKS_POTSDAM_AFTERNOONS)
                .when(check(POTSDAM, TUESDAY_TEN))
                .expectException(ruleViolation(ErrorCode.OUTSIDE_SHIFT))
                .expectNoEvents();
    }

    @Test
    void cannotBookOnDayWithoutShift() {
        givenAnnaWith(WORKS_BERLIN_MORNINGS)
                .when(check(BERLIN, slot("2026-12-05T10:00", 60)))
                .expectException(ruleViolation(ErrorCode.OUTSIDE_SHIFT))
                .expectNoEvents();
    }

    @Test
    void cannotBookAfterShiftIsNoLongerValid() {
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
                .when(check(BERLIN, TUESDAY_TEN))
                .expectException(ruleViolation(ErrorCode.OUTSIDE_SHIFT))
                .expectNoEvents();
    }

    @Test
    void shiftKeepsItsWallClockStartAfterClocksGoForward() {
        // Monday 29 March 2027 is the first weekday on CEST (UTC+2): 09:00 local is 07:00 UTC
        TimeSlot nineLocal = TimeSlot.of(Instant.parse("2027-03-29T07:00:00Z"), Duration.ofHours(1));

        givenAnnaWith(WORKS_BERLIN_MORNINGS)
                .when(check(BERLIN, nineLocal))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void shiftDoesNotStartAnHourEarlyAfterClocksGoForward() {
        // 06:00 UTC on CEST is 08:00 local, an hour before the shift; on CET it would have been 07:00-08:00 UTC
        TimeSlot eightLocal = TimeSlot.of(Instant.parse("2027-03-29T06:00:00Z"), Duration.ofHours(1));

        givenAnnaWith(WORKS_BERLIN_MORNINGS)
                .when(check(BERLIN, eightLocal))
                .expectException(ruleViolation(ErrorCode.OUTSIDE_SHIFT))
                .expectNoEvents();
    }

    @Test
    void shiftKeepsItsWallClockEndAfterClocksGoForward() {
        // 10:30 UTC is 12:30 local on CEST, so an hour from then runs past the shift's 13:00 end
        TimeSlot halfPastTwelveLocal = TimeSlot.of(Instant.parse("2027-03-29T10:30:00Z"), Duration.ofHours(1));

        givenAnnaWith(WORKS_BERLIN_MORNINGS)
                .when(check(BERLIN, halfPastTwelveLocal))
                .expectException(ruleViolation(ErrorCode.OUTSIDE_SHIFT))
                .expectNoEvents();
    }

    @Test
    void cannotBookDuringTimeOff() {
        TimeOffAdded dentist = new TimeOffAdded(ANNA, "off-1", slot("2026-12-01T10:30", 30), "dentist");

        givenAnnaWith(WORKS_BERLIN_MORNINGS, dentist)
                .when(check(BERLIN, TUESDAY_TEN))
                .expectException(ruleViolation(ErrorCode.THERAPIST_ON_TIME_OFF))
                .expectNoEvents();
    }

    @Test
    void canBookRightAfterTimeOffEnds() {
        TimeOffAdded schoolRun = new TimeOffAdded(ANNA, "off-1", slot("2026-12-01T08:00", 120), "school run");

        givenAnnaWith(WORKS_BERLIN_MORNINGS, schoolRun)
                .when(check(BERLIN, TUESDAY_TEN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void timeOffTakenThroughTheDeskKeepsSessionsOut() {
        givenAnnaWith(WORKS_BERLIN_MORNINGS)
                .andGivenCommands(new AddTimeOff(ANNA, "off-1", slot("2026-12-01T00:00", 24 * 60), "dentist"))
                .when(check(BERLIN, TUESDAY_TEN))
                .expectException(ruleViolation(ErrorCode.THERAPIST_ON_TIME_OFF))
                .expectNoEvents();
    }

    @Test
    void cannotBookTechniqueTheTherapistIsNotQualifiedFor() {
        givenAnnaWith(WORKS_BERLIN_MORNINGS)
                .when(new CheckSession(ANNA, BERLIN, TUESDAY_TEN, Set.of(Technique.LYMPHATIC_DRAINAGE)))
                .expectException(ruleViolation(ErrorCode.THERAPIST_NOT_QUALIFIED))
                .expectNoEvents();
    }

    @Test
    void everyTechniqueOfTheSessionNeedsQualification() {
        givenAnnaWith(WORKS_BERLIN_MORNINGS)
                .when(new CheckSession(
                        ANNA, BERLIN, TUESDAY_TEN, EnumSet.of(Technique.TRIGGER_POINT, Technique.CUPPING)))
                .expectException(ruleViolation(ErrorCode.THERAPIST_NOT_QUALIFIED))
                .expectExceptionMessage("the therapist is not qualified for [CUPPING]")
                .expectNoEvents();
    }

    private TestExecutor<Therapist> givenAnnaWith(TherapistEvent... events) {
        return fixture.givenCurrentTime(NOW)
                .andGiven(new TherapistRegistered(ANNA, "Anna Weber", ANNAS_TECHNIQUES, "anna@example.org"))
                .andGiven((Object[]) events);
    }

    /** Asks whether Anna may take a trigger-point session with heat at {@code location} for {@code slot}. */
    private static CheckSession check(LocationId location, TimeSlot slot) {
        return new CheckSession(ANNA, location, slot, SESSION_TECHNIQUES);
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

    /**
     * Test-only: asks the therapist's own record, as the booking desk does, whether a session fits it. There is
     * no such command in production; {@link Therapist#ensureCanTake} is called by the desk inside a booking.
     */
    record CheckSession(TherapistId therapistId, LocationId locationId, TimeSlot slot, Set<Technique> techniques) {}

    /** Test-only handler of {@link CheckSession}: loads the therapist and asks it, changing nothing. */
    static final class SessionChecker {

        private final Repository<Therapist> therapists;

        SessionChecker(Repository<Therapist> therapists) {
            this.therapists = therapists;
        }

        @CommandHandler
        void handle(CheckSession command) {
            therapists
                    .load(command.therapistId().value())
                    .execute(therapist ->
                            therapist.ensureCanTake(command.locationId(), command.slot(), command.techniques()));
        }
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

package com.migrainecare.booking.client;

import static org.hamcrest.Matchers.equalTo;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.care.Contraindication;
import com.migrainecare.kernel.care.Intake;
import com.migrainecare.kernel.care.PainArea;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.care.Trigger;
import com.migrainecare.kernel.client.Clearance;
import com.migrainecare.kernel.client.ClientCommand.RecordClearance;
import com.migrainecare.kernel.client.ClientCommand.RecordIntake;
import com.migrainecare.kernel.client.ClientCommand.RegisterClient;
import com.migrainecare.kernel.client.ClientCommand.ReleaseClient;
import com.migrainecare.kernel.client.ClientCommand.ReserveClient;
import com.migrainecare.kernel.client.ClientEvent;
import com.migrainecare.kernel.client.ClientEvent.ClearanceOverridden;
import com.migrainecare.kernel.client.ClientEvent.ClearanceRecorded;
import com.migrainecare.kernel.client.ClientEvent.ClientRegistered;
import com.migrainecare.kernel.client.ClientEvent.ClientReleased;
import com.migrainecare.kernel.client.ClientEvent.ClientReserved;
import com.migrainecare.kernel.client.ClientEvent.IntakeRecorded;
import com.migrainecare.kernel.client.ReminderPreferences;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client holds one session at a time (DOMAIN.md rule 3) and gets neck-focused work only with a clearance when
 * the intake lists osteoporosis or a clotting disorder, unless a manager overrides with a reason (rule 2).
 */
class ClientAggregateTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final ZoneId BERLIN_ZONE = ZoneId.of("Europe/Berlin");

    private static final ClientId MARA = new ClientId("client-mara");
    private static final BookingId BOOKING = new BookingId("booking-1");
    private static final BookingId OTHER_BOOKING = new BookingId("booking-2");

    /** Tuesday 1 December 2026, 10:00-11:00 in Berlin. */
    private static final TimeSlot TUESDAY_TEN = at("2026-12-01T09:00:00Z");

    private static final LocalDate SESSION_DATE = LocalDate.of(2026, 12, 1);
    private static final Set<Technique> NECK_WORK = EnumSet.of(Technique.TRIGGER_POINT, Technique.HEAT_THERAPY);
    private static final Set<Technique> GENTLE_WORK = EnumSet.of(Technique.EFFLEURAGE, Technique.HEAT_THERAPY);

    private static final ClientRegistered REGISTERED = new ClientRegistered(
            MARA, "Mara Klein", "mara@example.org", "+49 30 1234567", BERLIN_ZONE, "de", ReminderPreferences.DEFAULT);
    private static final IntakeRecorded HAS_OSTEOPOROSIS =
            new IntakeRecorded(MARA, intake(Set.of(Contraindication.OSTEOPOROSIS)));

    private FixtureConfiguration<Client> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Client.class);
    }

    @Test
    void registeringAClientRecordsTheirProfile() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new RegisterClient(
                        MARA,
                        "Mara Klein",
                        "mara@example.org",
                        "+49 30 1234567",
                        BERLIN_ZONE,
                        "de",
                        ReminderPreferences.DEFAULT))
                .expectEvents(REGISTERED);
    }

    @Test
    void clientNeedsAName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterClient(
                        MARA, "", "mara@example.org", null, BERLIN_ZONE, "de", ReminderPreferences.DEFAULT))
                .expectException(ruleViolation(ErrorCode.INVALID_REQUEST))
                .expectExceptionMessage("a client needs a name")
                .expectNoEvents();
    }

    @Test
    void intakeIsRecorded() {
        Intake intake = intake(Set.of(Contraindication.BLOOD_CLOTTING_DISORDER));

        givenMaraWith().when(new RecordIntake(MARA, intake)).expectEvents(new IntakeRecorded(MARA, intake));
    }

    @Test
    void clearanceIsRecorded() {
        Clearance clearance = clearance(LocalDate.of(2026, 11, 20), null);

        givenMaraWith(HAS_OSTEOPOROSIS)
                .when(new RecordClearance(MARA, clearance))
                .expectEvents(new ClearanceRecorded(MARA, clearance));
    }

    @Test
    void canReserveFreeSlot() {
        givenMaraWith()
                .when(reserve(BOOKING, TUESDAY_TEN, NECK_WORK, null))
                .expectEvents(reserved(BOOKING, TUESDAY_TEN))
                .expectResultMessagePayload(true);
    }

    @Test
    void cannotDoubleBookClient() {
        givenMaraWith(reserved(BOOKING, TUESDAY_TEN))
                .when(reserve(OTHER_BOOKING, at("2026-12-01T09:59:00Z"), GENTLE_WORK, null))
                .expectException(ruleViolation(ErrorCode.CLIENT_DOUBLE_BOOKED))
                .expectNoEvents();
    }

    @Test
    void backToBackSessionsDoNotOverlap() {
        TimeSlot rightAfter = at("2026-12-01T10:00:00Z");

        givenMaraWith(reserved(BOOKING, TUESDAY_TEN))
                .when(reserve(OTHER_BOOKING, rightAfter, GENTLE_WORK, null))
                .expectEvents(reserved(OTHER_BOOKING, rightAfter));
    }

    @Test
    void reservingSameSlotTwiceIsIdempotent() {
        givenMaraWith(reserved(BOOKING, TUESDAY_TEN))
                .when(reserve(BOOKING, TUESDAY_TEN, NECK_WORK, null))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void sameBookingMayHoldNewSlotBeforeReleasingOld() {
        TimeSlot halfAnHourLater = at("2026-12-01T09:30:00Z");

        givenMaraWith(reserved(BOOKING, TUESDAY_TEN))
                .when(reserve(BOOKING, halfAnHourLater, NECK_WORK, null))
                .expectEvents(reserved(BOOKING, halfAnHourLater));
    }

    @Test
    void cannotBookNeckWorkWithoutClearance() {
        givenMaraWith(HAS_OSTEOPOROSIS)
                .when(reserve(BOOKING, TUESDAY_TEN, NECK_WORK, null))
                .expectException(ruleViolation(ErrorCode.CLEARANCE_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void clottingDisorderAlsoNeedsClearanceForNeckWork() {
        IntakeRecorded onAnticoagulants =
                new IntakeRecorded(MARA, intake(Set.of(Contraindication.BLOOD_CLOTTING_DISORDER)));

        givenMaraWith(onAnticoagulants)
                .when(reserve(BOOKING, TUESDAY_TEN, Set.of(Technique.DEEP_TISSUE), null))
                .expectException(ruleViolation(ErrorCode.CLEARANCE_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void cuppingOnTheNeckNeedsClearanceEvenWithGentlePrimaryTechnique() {
        givenMaraWith(HAS_OSTEOPOROSIS)
                .when(reserve(BOOKING, TUESDAY_TEN, EnumSet.of(Technique.EFFLEURAGE, Technique.CUPPING), null))
                .expectException(ruleViolation(ErrorCode.CLEARANCE_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void gentleTechniqueNeedsNoClearance() {
        givenMaraWith(HAS_OSTEOPOROSIS)
                .when(reserve(BOOKING, TUESDAY_TEN, GENTLE_WORK, null))
                .expectEvents(reserved(BOOKING, TUESDAY_TEN));
    }

    @Test
    void neckFocusedTechniqueAwayFromTheNeckNeedsNoClearance() {
        givenMaraWith(HAS_OSTEOPOROSIS)
                .when(new ReserveClient(MARA, BOOKING, TUESDAY_TEN, SESSION_DATE, NECK_WORK, false, null))
                .expectEvents(reserved(BOOKING, TUESDAY_TEN));
    }

    @Test
    void clearanceValidOnSessionDateAllowsNeckWork() {
        ClearanceRecorded cleared =
                new ClearanceRecorded(MARA, clearance(LocalDate.of(2026, 11, 20), LocalDate.of(2027, 5, 20)));

        givenMaraWith(HAS_OSTEOPOROSIS, cleared)
                .when(reserve(BOOKING, TUESDAY_TEN, NECK_WORK, null))
                .expectEvents(reserved(BOOKING, TUESDAY_TEN));
    }

    @Test
    void clearanceExpiringOnSessionDateStillCounts() {
        ClearanceRecorded cleared = new ClearanceRecorded(MARA, clearance(LocalDate.of(2026, 6, 1), SESSION_DATE));

        givenMaraWith(HAS_OSTEOPOROSIS, cleared)
                .when(reserve(BOOKING, TUESDAY_TEN, NECK_WORK, null))
                .expectEvents(reserved(BOOKING, TUESDAY_TEN));
    }

    @Test
    void clearanceExpiredBeforeSessionDoesNotCount() {
        ClearanceRecorded expired =
                new ClearanceRecorded(MARA, clearance(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 11, 30)));

        givenMaraWith(HAS_OSTEOPOROSIS, expired)
                .when(reserve(BOOKING, TUESDAY_TEN, NECK_WORK, null))
                .expectException(ruleViolation(ErrorCode.CLEARANCE_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void clearanceGivenAfterSessionDateDoesNotCount() {
        ClearanceRecorded tooLate = new ClearanceRecorded(MARA, clearance(LocalDate.of(2026, 12, 2), null));

        givenMaraWith(HAS_OSTEOPOROSIS, tooLate)
                .when(reserve(BOOKING, TUESDAY_TEN, NECK_WORK, null))
                .expectException(ruleViolation(ErrorCode.CLEARANCE_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void managerOverrideIsRecordedAsItsOwnEvent() {
        String reason = "neurologist confirmed by phone; written clearance follows";

        givenMaraWith(HAS_OSTEOPOROSIS)
                .when(reserve(BOOKING, TUESDAY_TEN, NECK_WORK, reason))
                .expectEvents(new ClearanceOverridden(MARA, BOOKING, NECK_WORK, reason), reserved(BOOKING, TUESDAY_TEN))
                .expectResultMessagePayload(true);
    }

    @Test
    void overrideIsNotRecordedWhenNoClearanceIsNeeded() {
        givenMaraWith(HAS_OSTEOPOROSIS)
                .when(reserve(BOOKING, TUESDAY_TEN, GENTLE_WORK, "just in case"))
                .expectEvents(reserved(BOOKING, TUESDAY_TEN));
    }

    @Test
    void blankOverrideReasonIsNoOverride() {
        givenMaraWith(HAS_OSTEOPOROSIS)
                .when(reserve(BOOKING, TUESDAY_TEN, NECK_WORK, "   "))
                .expectException(ruleViolation(ErrorCode.CLEARANCE_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void laterIntakeWithoutContraindicationsLiftsTheRequirement() {
        givenMaraWith(HAS_OSTEOPOROSIS, new IntakeRecorded(MARA, intake(Set.of())))
                .when(reserve(BOOKING, TUESDAY_TEN, NECK_WORK, null))
                .expectEvents(reserved(BOOKING, TUESDAY_TEN));
    }

    @Test
    void releaseFreesTheSlot() {
        givenMaraWith(reserved(BOOKING, TUESDAY_TEN))
                .when(new ReleaseClient(MARA, BOOKING, TUESDAY_TEN))
                .expectEvents(new ClientReleased(MARA, BOOKING, TUESDAY_TEN));
    }

    @Test
    void releasedSlotCanBeBookedAgain() {
        givenMaraWith(reserved(BOOKING, TUESDAY_TEN), new ClientReleased(MARA, BOOKING, TUESDAY_TEN))
                .when(reserve(OTHER_BOOKING, TUESDAY_TEN, GENTLE_WORK, null))
                .expectEvents(reserved(OTHER_BOOKING, TUESDAY_TEN));
    }

    @Test
    void releaseIsIdempotent() {
        givenMaraWith(reserved(BOOKING, TUESDAY_TEN), new ClientReleased(MARA, BOOKING, TUESDAY_TEN))
                .when(new ReleaseClient(MARA, BOOKING, TUESDAY_TEN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private TestExecutor<Client> givenMaraWith(ClientEvent... events) {
        return fixture.givenCurrentTime(NOW).andGiven(REGISTERED).andGiven((Object[]) events);
    }

    private static ReserveClient reserve(BookingId booking, TimeSlot slot, Set<Technique> techniques, String override) {
        LocalDate sessionDate = slot.start().atZone(BERLIN_ZONE).toLocalDate();
        return new ReserveClient(MARA, booking, slot, sessionDate, techniques, true, override);
    }

    private static ClientReserved reserved(BookingId booking, TimeSlot slot) {
        return new ClientReserved(MARA, booking, slot);
    }

    private static Clearance clearance(LocalDate clearedOn, LocalDate expiresOn) {
        return new Clearance("clearance-1", "Dr. Jonas Brandt, neurology", clearedOn, expiresOn, null);
    }

    private static Intake intake(Set<Contraindication> contraindications) {
        return new Intake(
                16,
                4,
                Set.of(PainArea.SUBOCCIPITAL, PainArea.NECK),
                Set.of(Trigger.NECK_TENSION, Trigger.STRESS),
                null,
                null,
                contraindications,
                null);
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

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
import com.migrainecare.kernel.client.ClientEvent;
import com.migrainecare.kernel.client.ClientEvent.ClearanceOverridden;
import com.migrainecare.kernel.client.ClientEvent.ClearanceRecorded;
import com.migrainecare.kernel.client.ClientEvent.ClientRegistered;
import com.migrainecare.kernel.client.ClientEvent.IntakeRecorded;
import com.migrainecare.kernel.client.ReminderPreferences;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import java.time.Instant;
import java.time.LocalDate;
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
 * A client's record: profile, intake and clearances. A client gets neck-focused work only with a clearance when
 * the intake lists osteoporosis or a clotting disorder, unless a manager overrides with a reason (DOMAIN.md rule 2),
 * asked here with the test-only {@link CheckClearance}. That a client holds one session at a time (rule 3) is the
 * claims table's, tested over HTTP.
 */
class ClientAggregateTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final ZoneId BERLIN_ZONE = ZoneId.of("Europe/Berlin");

    private static final ClientId MARA = new ClientId("client-mara");
    private static final BookingId BOOKING = new BookingId("booking-1");

    /** Tuesday 1 December 2026, the session's date in Berlin. */
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
        fixture = clientFixture();
    }

    /** A fixture for the client aggregate that also answers {@link CheckClearance}, as the booking desk asks. */
    static FixtureConfiguration<Client> clientFixture() {
        FixtureConfiguration<Client> fixture = new AggregateTestFixture<>(Client.class);
        fixture.registerAnnotatedCommandHandler(new ClearanceChecker(fixture.getRepository()));
        return fixture;
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
    void clientWithoutContraindicationsNeedsNoClearance() {
        givenMaraWith()
                .when(check(NECK_WORK, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotBookNeckWorkWithoutClearance() {
        givenMaraWith(HAS_OSTEOPOROSIS)
                .when(check(NECK_WORK, null))
                .expectException(ruleViolation(ErrorCode.CLEARANCE_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void clottingDisorderAlsoNeedsClearanceForNeckWork() {
        IntakeRecorded onAnticoagulants =
                new IntakeRecorded(MARA, intake(Set.of(Contraindication.BLOOD_CLOTTING_DISORDER)));

        givenMaraWith(onAnticoagulants)
                .when(check(Set.of(Technique.DEEP_TISSUE), null))
                .expectException(ruleViolation(ErrorCode.CLEARANCE_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void cuppingOnTheNeckNeedsClearanceEvenWithGentlePrimaryTechnique() {
        givenMaraWith(HAS_OSTEOPOROSIS)
                .when(check(EnumSet.of(Technique.EFFLEURAGE, Technique.CUPPING), null))
                .expectException(ruleViolation(ErrorCode.CLEARANCE_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void gentleTechniqueNeedsNoClearance() {
        givenMaraWith(HAS_OSTEOPOROSIS)
                .when(check(GENTLE_WORK, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void neckFocusedTechniqueAwayFromTheNeckNeedsNoClearance() {
        givenMaraWith(HAS_OSTEOPOROSIS)
                .when(new CheckClearance(MARA, BOOKING, NECK_WORK, false, SESSION_DATE, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void clearanceValidOnSessionDateAllowsNeckWork() {
        ClearanceRecorded cleared =
                new ClearanceRecorded(MARA, clearance(LocalDate.of(2026, 11, 20), LocalDate.of(2027, 5, 20)));

        givenMaraWith(HAS_OSTEOPOROSIS, cleared)
                .when(check(NECK_WORK, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void clearanceGivenOnSessionDateCounts() {
        ClearanceRecorded cleared = new ClearanceRecorded(MARA, clearance(SESSION_DATE, null));

        givenMaraWith(HAS_OSTEOPOROSIS, cleared)
                .when(check(NECK_WORK, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void clearanceExpiringOnSessionDateStillCounts() {
        ClearanceRecorded cleared = new ClearanceRecorded(MARA, clearance(LocalDate.of(2026, 6, 1), SESSION_DATE));

        givenMaraWith(HAS_OSTEOPOROSIS, cleared)
                .when(check(NECK_WORK, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void clearanceExpiredBeforeSessionDoesNotCount() {
        ClearanceRecorded expired =
                new ClearanceRecorded(MARA, clearance(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 11, 30)));

        givenMaraWith(HAS_OSTEOPOROSIS, expired)
                .when(check(NECK_WORK, null))
                .expectException(ruleViolation(ErrorCode.CLEARANCE_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void clearanceGivenAfterSessionDateDoesNotCount() {
        ClearanceRecorded tooLate = new ClearanceRecorded(MARA, clearance(LocalDate.of(2026, 12, 2), null));

        givenMaraWith(HAS_OSTEOPOROSIS, tooLate)
                .when(check(NECK_WORK, null))
                .expectException(ruleViolation(ErrorCode.CLEARANCE_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void managerOverrideIsRecordedAsItsOwnEvent() {
        String reason = "neurologist confirmed by phone; written clearance follows";

        givenMaraWith(HAS_OSTEOPOROSIS)
                .when(check(NECK_WORK, reason))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ClearanceOverridden(MARA, BOOKING, NECK_WORK, reason));
    }

    @Test
    void overrideIsNotRecordedWhenNoClearanceIsNeeded() {
        givenMaraWith(HAS_OSTEOPOROSIS)
                .when(check(GENTLE_WORK, "just in case"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void overrideIsNotRecordedWhenAValidClearanceIsOnRecord() {
        ClearanceRecorded cleared = new ClearanceRecorded(MARA, clearance(LocalDate.of(2026, 11, 20), null));

        givenMaraWith(HAS_OSTEOPOROSIS, cleared)
                .when(check(NECK_WORK, "just in case"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void blankOverrideReasonIsNoOverride() {
        givenMaraWith(HAS_OSTEOPOROSIS)
                .when(check(NECK_WORK, "   "))
                .expectException(ruleViolation(ErrorCode.CLEARANCE_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void laterIntakeWithoutContraindicationsLiftsTheRequirement() {
        givenMaraWith(HAS_OSTEOPOROSIS, new IntakeRecorded(MARA, intake(Set.of())))
                .when(check(NECK_WORK, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private TestExecutor<Client> givenMaraWith(ClientEvent... events) {
        return fixture.givenCurrentTime(NOW).andGiven(REGISTERED).andGiven((Object[]) events);
    }

    /** Asks whether Mara may have {@code techniques}, neck included, on {@link #SESSION_DATE}. */
    private static CheckClearance check(Set<Technique> techniques, String override) {
        return new CheckClearance(MARA, BOOKING, techniques, true, SESSION_DATE, override);
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

    /**
     * Test-only: asks the client's record, as the booking desk does, whether a session is cleared. There is no
     * such command in production; {@link Client#ensureCleared} is called by the desk inside a booking.
     */
    record CheckClearance(
            ClientId clientId,
            BookingId bookingId,
            Set<Technique> techniques,
            boolean includesNeck,
            LocalDate sessionDate,
            String overrideReason) {}

    /** Test-only handler of {@link CheckClearance}: loads the client and asks it, so its events are applied. */
    static final class ClearanceChecker {

        private final Repository<Client> clients;

        ClearanceChecker(Repository<Client> clients) {
            this.clients = clients;
        }

        @CommandHandler
        void handle(CheckClearance command) {
            clients.load(command.clientId().value())
                    .execute(client -> client.ensureCleared(
                            command.bookingId(),
                            command.techniques(),
                            command.includesNeck(),
                            command.sessionDate(),
                            command.overrideReason()));
        }
    }

    static Matcher<RuleViolation> ruleViolation(ErrorCode code) {
        return new FeatureMatcher<>(equalTo(code), "a RuleViolation with code", "code") {
            @Override
            protected ErrorCode featureValueOf(RuleViolation violation) {
                return violation.code();
            }
        };
    }
}

package com.migrainecare.booking.careplan;

import static com.migrainecare.kernel.careplan.CarePlanEvent.StressPeriodDeclared.Cause.DECLARED;
import static com.migrainecare.kernel.careplan.CarePlanEvent.StressPeriodDeclared.Cause.FREQUENT_ATTACKS;
import static org.hamcrest.Matchers.equalTo;

import com.migrainecare.booking.client.CareProfiles;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.care.PainArea;
import com.migrainecare.kernel.careplan.Cadence;
import com.migrainecare.kernel.careplan.CarePlanCommand.AcceptCarePlan;
import com.migrainecare.kernel.careplan.CarePlanCommand.DeclareStressPeriod;
import com.migrainecare.kernel.careplan.CarePlanCommand.ProposeAttackStepUp;
import com.migrainecare.kernel.careplan.CarePlanCommand.RecommendCadence;
import com.migrainecare.kernel.careplan.CarePlanEvent.CadenceRecommended;
import com.migrainecare.kernel.careplan.CarePlanEvent.CarePlanAccepted;
import com.migrainecare.kernel.careplan.CarePlanEvent.StressPeriodDeclared;
import com.migrainecare.kernel.careplan.DateWindow;
import com.migrainecare.kernel.careplan.Recommendation;
import com.migrainecare.kernel.ids.CarePlanId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.SeriesId;
import com.migrainecare.kernel.ids.TherapistId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A client's care plan: recommended from the intake as of the fixture's day, then accepted once. */
class CarePlanAggregateTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    private static final ClientId MARA = new ClientId("client-mara");
    private static final CarePlanId PLAN = CarePlanId.of(MARA);
    private static final SeriesId SERIES = new SeriesId("series-1");
    private static final TherapistId ANNA = new TherapistId("therapist-anna");
    private static final LocationId BERLIN = new LocationId("location-berlin");
    private static final LocalDateTime FIRST = TODAY.plusDays(7).atTime(10, 0);

    private static final Recommendation CHRONIC = CadenceAdvisor.recommend(
            CadenceAdvisorTest.profile(18, 4, Set.of(PainArea.NECK), Set.of(), true), CadenceProperties.defaults());
    private static final CadenceRecommended RECOMMENDED = new CadenceRecommended(PLAN, MARA, CHRONIC, TODAY);

    private FixtureConfiguration<CarePlan> fixture;
    private RuleViolation profileRefusal;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CarePlan.class);
        fixture.registerInjectableResource(CadenceProperties.defaults());
        fixture.registerInjectableResource(CarePlanProperties.defaults());
        fixture.registerInjectableResource(new FakePlanCalendar());
        fixture.registerInjectableResource((CareProfiles) (client, date) -> {
            if (profileRefusal != null) {
                throw profileRefusal;
            }
            return CadenceAdvisorTest.profile(18, 4, Set.of(PainArea.NECK), Set.of(), true);
        });
    }

    @Test
    void canRecommendCadence() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new RecommendCadence(PLAN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(RECOMMENDED);
    }

    @Test
    void canRecommendAgainBeforeAccepting() {
        fixture.given(RECOMMENDED)
                .andGivenCurrentTime(NOW)
                .when(new RecommendCadence(PLAN))
                .expectEvents(RECOMMENDED);
    }

    @Test
    void cannotRecommendWithoutIntake() {
        profileRefusal = new RuleViolation(ErrorCode.INTAKE_REQUIRED, "no intake");
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new RecommendCadence(PLAN))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.INTAKE_REQUIRED));
    }

    @Test
    void canAcceptCarePlan() {
        fixture.given(RECOMMENDED)
                .andGivenCurrentTime(NOW)
                .when(accept())
                .expectEvents(new CarePlanAccepted(
                        PLAN, MARA, SERIES, ANNA, BERLIN, CHRONIC.startingPhase(), FIRST, Set.of(DayOfWeek.MONDAY)));
    }

    @Test
    void cannotAcceptCarePlanNeverRecommended() {
        // a plan exists once recommended; an acceptance of one that does not exist is refused as unknown
        fixture.givenNoPriorActivity()
                .when(accept())
                .expectNoEvents()
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }

    @Test
    void cannotAcceptCarePlanTwice() {
        fixture.given(RECOMMENDED, accepted())
                .when(accept())
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.CARE_PLAN_ALREADY_ACTIVE));
    }

    @Test
    void cannotRecommendCadenceForActivePlan() {
        fixture.given(RECOMMENDED, accepted())
                .andGivenCurrentTime(NOW)
                .when(new RecommendCadence(PLAN))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.CARE_PLAN_ALREADY_ACTIVE));
    }

    @Test
    void canDeclareStressPeriod() {
        DateWindow exams = new DateWindow(TODAY.plusDays(14), TODAY.plusDays(27));
        fixture.given(RECOMMENDED, accepted())
                .andGivenCurrentTime(NOW)
                .when(new DeclareStressPeriod(PLAN, exams, "exams"))
                .expectEvents(new StressPeriodDeclared(
                        PLAN, MARA, exams, "exams", Cadence.perWeek(2), Cadence.perWeek(3), List.of(exams), DECLARED));
    }

    @Test
    void canDeclareOverlappingStressPeriodThatStepsUpOnlyTheNewDays() {
        DateWindow exams = new DateWindow(TODAY.plusDays(14), TODAY.plusDays(27));
        DateWindow move = new DateWindow(TODAY.plusDays(21), TODAY.plusDays(34));
        fixture.given(
                        RECOMMENDED,
                        accepted(),
                        new StressPeriodDeclared(
                                PLAN,
                                MARA,
                                exams,
                                null,
                                Cadence.perWeek(2),
                                Cadence.perWeek(3),
                                List.of(exams),
                                DECLARED))
                .andGivenCurrentTime(NOW)
                .when(new DeclareStressPeriod(PLAN, move, "a move"))
                .expectEvents(new StressPeriodDeclared(
                        PLAN,
                        MARA,
                        move,
                        "a move",
                        Cadence.perWeek(2),
                        Cadence.perWeek(3),
                        List.of(new DateWindow(TODAY.plusDays(28), TODAY.plusDays(34))),
                        DECLARED));
    }

    @Test
    void canDeclareStressPeriodInMaintenanceWhichStepsUpFromMaintenance() {
        // the starting phase is six weeks from the first start; after it the plan is weekly
        DateWindow later = new DateWindow(
                FIRST.toLocalDate().plusWeeks(7), FIRST.toLocalDate().plusWeeks(8));
        fixture.given(RECOMMENDED, accepted())
                .andGivenCurrentTime(NOW)
                .when(new DeclareStressPeriod(PLAN, later, null))
                .expectEvents(new StressPeriodDeclared(
                        PLAN, MARA, later, null, Cadence.everyWeeks(1), Cadence.perWeek(2), List.of(later), DECLARED));
    }

    @Test
    void cannotDeclareStressPeriodBeforeAccepting() {
        fixture.given(RECOMMENDED)
                .andGivenCurrentTime(NOW)
                .when(new DeclareStressPeriod(PLAN, new DateWindow(TODAY, TODAY.plusDays(3)), null))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.CARE_PLAN_NOT_ACTIVE));
    }

    @Test
    void cannotDeclareStressPeriodThatIsOverOrTooLong() {
        fixture.given(RECOMMENDED, accepted())
                .andGivenCurrentTime(NOW)
                .when(new DeclareStressPeriod(PLAN, new DateWindow(TODAY.minusDays(9), TODAY.minusDays(2)), null))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.INVALID_REQUEST));
        fixture.given(RECOMMENDED, accepted())
                .andGivenCurrentTime(NOW)
                .when(new DeclareStressPeriod(PLAN, new DateWindow(TODAY, TODAY.plusWeeks(13)), null))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.INVALID_REQUEST));
    }

    /** The intake says 18 days a month: 8.4 in 14 days, so 11 logged days (31 % above) step up, 10 do not. */
    @Test
    void canProposeAttackStepUp() {
        DateWindow next = new DateWindow(TODAY.plusDays(1), TODAY.plusDays(14));
        fixture.given(RECOMMENDED, accepted())
                .when(new ProposeAttackStepUp(PLAN, TODAY, 11))
                .expectEvents(new StressPeriodDeclared(
                        PLAN,
                        MARA,
                        next,
                        new AttackRate(18, 11).describe(),
                        Cadence.perWeek(2),
                        Cadence.perWeek(3),
                        List.of(next),
                        FREQUENT_ATTACKS));
    }

    @Test
    void cannotProposeAttackStepUpBelowThirtyPercent() {
        fixture.given(RECOMMENDED, accepted())
                .when(new ProposeAttackStepUp(PLAN, TODAY, 10))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotProposeAttackStepUpTwiceWhileOneRuns() {
        DateWindow next = new DateWindow(TODAY.plusDays(1), TODAY.plusDays(14));
        fixture.given(
                        RECOMMENDED,
                        accepted(),
                        new StressPeriodDeclared(
                                PLAN,
                                MARA,
                                next,
                                "",
                                Cadence.perWeek(2),
                                Cadence.perWeek(3),
                                List.of(next),
                                FREQUENT_ATTACKS))
                .when(new ProposeAttackStepUp(PLAN, TODAY.plusDays(3), 12))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private static AcceptCarePlan accept() {
        return new AcceptCarePlan(PLAN, SERIES, ANNA, BERLIN, FIRST, Set.of(DayOfWeek.MONDAY));
    }

    private static CarePlanAccepted accepted() {
        return new CarePlanAccepted(
                PLAN, MARA, SERIES, ANNA, BERLIN, CHRONIC.startingPhase(), FIRST, Set.of(DayOfWeek.MONDAY));
    }

    static Matcher<RuleViolation> refusedWith(ErrorCode code) {
        return new FeatureMatcher<>(equalTo(code), "a refusal with code", "code") {
            @Override
            protected ErrorCode featureValueOf(RuleViolation actual) {
                return actual.code();
            }
        };
    }
}

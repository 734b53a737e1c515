package com.migrainecare.booking.careplan;

import static com.migrainecare.booking.careplan.CarePlanAggregateTest.refusedWith;

import com.migrainecare.booking.client.CareProfiles;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.care.PainArea;
import com.migrainecare.kernel.careplan.CarePlanCommand.AcceptCarePlan;
import com.migrainecare.kernel.careplan.CarePlanCommand.DeclareStressPeriod;
import com.migrainecare.kernel.careplan.CarePlanCommand.EndCarePlan;
import com.migrainecare.kernel.careplan.CarePlanCommand.ProposeAttackStepUp;
import com.migrainecare.kernel.careplan.CarePlanCommand.RecommendCadence;
import com.migrainecare.kernel.careplan.CarePlanCommand.RecordProposals;
import com.migrainecare.kernel.careplan.CarePlanEvent.CadenceRecommended;
import com.migrainecare.kernel.careplan.CarePlanEvent.CarePlanAccepted;
import com.migrainecare.kernel.careplan.CarePlanEvent.CarePlanEnded;
import com.migrainecare.kernel.careplan.CarePlanEvent.ExtraSessionsProposed;
import com.migrainecare.kernel.careplan.DateWindow;
import com.migrainecare.kernel.careplan.Recommendation;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.CarePlanId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.SeriesId;
import com.migrainecare.kernel.ids.TherapistId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ending a care plan: an accepted plan ends once, its nudge check is cancelled, and from then on it neither steps
 * up nor records proposals; a plan never accepted has nothing to end; an ended plan may be recommended anew.
 */
class CarePlanEndAggregateTest {

    private static final Instant NOW =
            Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(8));
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    private static final LocalDateTime FIRST = TODAY.plusWeeks(1)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))
            .atTime(10, 0);

    private static final ClientId MARA = new ClientId("client-mara");
    private static final CarePlanId PLAN = CarePlanId.of(MARA);
    private static final TherapistId ANNA = new TherapistId("therapist-anna");
    private static final LocationId BERLIN = new LocationId("location-berlin");
    private static final SeriesId SERIES = new SeriesId("series-1");
    private static final Recommendation CHRONIC = CadenceAdvisor.recommend(
            CadenceAdvisorTest.profile(18, 4, Set.of(PainArea.NECK), Set.of(), true), CadenceProperties.defaults());
    private static final CadenceRecommended RECOMMENDED = new CadenceRecommended(PLAN, MARA, CHRONIC, TODAY);
    private static final CarePlanAccepted ACCEPTED =
            new CarePlanAccepted(PLAN, MARA, SERIES, ANNA, BERLIN, CHRONIC.startingPhase(), FIRST, Set.of());
    private static final CarePlanEnded ENDED = new CarePlanEnded(PLAN, MARA, NOW, false);

    private FixtureConfiguration<CarePlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CarePlan.class);
        fixture.registerInjectableResource(CadenceProperties.defaults());
        fixture.registerInjectableResource(CarePlanProperties.defaults());
        fixture.registerInjectableResource(new FakePlanCalendar());
        fixture.registerInjectableResource((CareProfiles)
                (client, date) -> CadenceAdvisorTest.profile(18, 4, Set.of(PainArea.NECK), Set.of(), true));
    }

    @Test
    void canEndAnAcceptedPlanAndItsNudgeCheckIsCancelled() {
        fixture.given(RECOMMENDED)
                .andGivenCurrentTime(NOW)
                .andGivenCommands(new AcceptCarePlan(PLAN, SERIES, ANNA, BERLIN, FIRST, Set.of()))
                .when(new EndCarePlan(PLAN, true))
                .expectEvents(new CarePlanEnded(PLAN, MARA, NOW, true))
                .expectNoScheduledDeadlines();
    }

    @Test
    void cannotEndAnEndedPlan() {
        fixture.given(RECOMMENDED, ACCEPTED, ENDED)
                .andGivenCurrentTime(NOW)
                .when(new EndCarePlan(PLAN, false))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.CARE_PLAN_ENDED));
    }

    @Test
    void cannotEndAPlanNeverAccepted() {
        fixture.given(RECOMMENDED)
                .andGivenCurrentTime(NOW)
                .when(new EndCarePlan(PLAN, false))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.CARE_PLAN_NOT_ACTIVE));
    }

    @Test
    void cannotDeclareStressPeriodOnEndedPlan() {
        fixture.given(RECOMMENDED, ACCEPTED, ENDED)
                .andGivenCurrentTime(NOW)
                .when(new DeclareStressPeriod(PLAN, new DateWindow(TODAY.plusDays(1), TODAY.plusDays(7)), null))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.CARE_PLAN_ENDED));
    }

    @Test
    void endedPlanDoesNotStepUpForFrequentAttacks() {
        fixture.given(RECOMMENDED, ACCEPTED, ENDED)
                .andGivenCurrentTime(NOW)
                .when(new ProposeAttackStepUp(PLAN, TODAY, 14))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void canRecordProposalsOfARunningPlanButNotOfAnEndedOne() {
        List<BookingId> held = List.of(new BookingId("booking-1"));
        fixture.given(RECOMMENDED, ACCEPTED)
                .andGivenCurrentTime(NOW)
                .when(new RecordProposals(PLAN, held))
                .expectEvents(new ExtraSessionsProposed(PLAN, MARA, held));
        fixture.given(RECOMMENDED, ACCEPTED, ENDED)
                .andGivenCurrentTime(NOW)
                .when(new RecordProposals(PLAN, held))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.CARE_PLAN_ENDED));
    }

    @Test
    void canRecommendAnewAfterThePlanEnded() {
        fixture.given(RECOMMENDED, ACCEPTED, ENDED)
                .andGivenCurrentTime(NOW)
                .when(new RecommendCadence(PLAN))
                .expectEvents(new CadenceRecommended(PLAN, MARA, CHRONIC, TODAY))
                .expectResultMessagePayloadMatching(
                        Matchers.predicate((CarePlanView view) -> view.status() == CarePlanView.Status.RECOMMENDED
                                && view.accepted() == null
                                && view.endedAt() == null));
    }
}

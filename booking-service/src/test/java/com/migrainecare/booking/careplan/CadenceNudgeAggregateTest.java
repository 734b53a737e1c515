package com.migrainecare.booking.careplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrainecare.booking.client.CareProfiles;
import com.migrainecare.kernel.care.PainArea;
import com.migrainecare.kernel.careplan.Cadence;
import com.migrainecare.kernel.careplan.CarePlanCommand.AcceptCarePlan;
import com.migrainecare.kernel.careplan.CarePlanEvent.CadenceNudgeDue;
import com.migrainecare.kernel.careplan.CarePlanEvent.CadenceRecommended;
import com.migrainecare.kernel.careplan.CarePlanEvent.CarePlanAccepted;
import com.migrainecare.kernel.careplan.Recommendation;
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
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cadence nudges (DOMAIN.md): three days before each due session of an accepted plan a durable deadline checks
 * the client's calendar; with nothing booked near the due time the plan records a nudge with open slots, and the
 * check is armed again for the next due session, through the starting phase and on into maintenance.
 */
class CadenceNudgeAggregateTest {

    private static final Instant NOW =
            Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(8));
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    /** A Monday at least a week ahead, 10:00 in Berlin; a chronic plan's weeks are Monday and Thursday. */
    private static final LocalDateTime FIRST = TODAY.plusWeeks(1)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))
            .atTime(10, 0);

    private static final LocalDateTime THURSDAY = FIRST.plusDays(3);
    private static final Duration LEAD = Duration.ofDays(3);
    private static final Duration LENGTH = Duration.ofMinutes(45);

    private static final ClientId MARA = new ClientId("client-mara");
    private static final CarePlanId PLAN = CarePlanId.of(MARA);
    private static final TherapistId ANNA = new TherapistId("therapist-anna");
    private static final LocationId BERLIN = new LocationId("location-berlin");
    private static final Recommendation CHRONIC = CadenceAdvisor.recommend(
            CadenceAdvisorTest.profile(18, 4, Set.of(PainArea.NECK), Set.of(), true), CadenceProperties.defaults());
    private static final CadenceRecommended RECOMMENDED = new CadenceRecommended(PLAN, MARA, CHRONIC, TODAY);

    private FixtureConfiguration<CarePlan> fixture;
    private FakePlanCalendar calendar;

    @BeforeEach
    void setUp() {
        calendar = new FakePlanCalendar();
        fixture = new AggregateTestFixture<>(CarePlan.class);
        fixture.registerInjectableResource(CadenceProperties.defaults());
        fixture.registerInjectableResource(CarePlanProperties.defaults());
        fixture.registerInjectableResource(calendar);
        fixture.registerInjectableResource((CareProfiles) (client, date) -> {
            throw new IllegalStateException("not read by nudges");
        });
    }

    @Test
    void acceptingPlanArmsNudgeThreeDaysBeforeFirstSession() {
        fixture.given(RECOMMENDED)
                .andGivenCurrentTime(NOW)
                .when(accept())
                .expectSuccessfulHandlerExecution()
                .expectScheduledDeadlineWithName(berlin(FIRST).minus(LEAD), CarePlan.NUDGE);
    }

    @Test
    void nudgeDueWhenNextSessionHasNoBooking() {
        Instant due = berlin(FIRST);

        fixture.given(RECOMMENDED)
                .andGivenCurrentTime(NOW)
                .andGivenCommands(accept())
                .whenTimeAdvancesTo(due.minus(LEAD))
                .expectEvents(new CadenceNudgeDue(
                        PLAN, MARA, BERLIN, ANNA, FIRST.toLocalDate(), FakePlanCalendar.slotsAround(due, LENGTH)))
                .expectScheduledDeadlineWithName(berlin(THURSDAY).minus(LEAD), CarePlan.NUDGE);
    }

    @Test
    void noNudgeWhenDueSessionIsBooked() {
        calendar.book(berlin(FIRST).plus(Duration.ofHours(3)));

        fixture.given(RECOMMENDED)
                .andGivenCurrentTime(NOW)
                .andGivenCommands(accept())
                .whenTimeAdvancesTo(berlin(FIRST).minus(LEAD))
                .expectNoEvents()
                .expectScheduledDeadlineWithName(berlin(THURSDAY).minus(LEAD), CarePlan.NUDGE);
    }

    @Test
    void planAcceptedLessThanThreeDaysAheadIsNudgedForItsNextSession() {
        fixture.given(RECOMMENDED)
                .andGivenCurrentTime(berlin(FIRST).minus(Duration.ofDays(2)))
                .when(accept())
                .expectScheduledDeadlineWithName(berlin(THURSDAY).minus(LEAD), CarePlan.NUDGE);
    }

    @Test
    void dueSessionsRunThroughTheStartingPhaseIntoMaintenance() {
        CarePlanAccepted accepted = new CarePlanAccepted(
                PLAN, MARA, new SeriesId("series-1"), ANNA, BERLIN, CHRONIC.startingPhase(), FIRST, Set.of());
        Cadence weekly = Cadence.everyWeeks(1);
        LocalDateTime lastOfPhase = FIRST.plusWeeks(5).plusDays(3);

        assertThat(PlanSchedule.nextDueAfter(accepted, weekly, FIRST)).isEqualTo(THURSDAY);
        assertThat(PlanSchedule.nextDueAfter(accepted, weekly, lastOfPhase.minusMinutes(1)))
                .isEqualTo(lastOfPhase);
        assertThat(PlanSchedule.nextDueAfter(accepted, weekly, lastOfPhase)).isEqualTo(FIRST.plusWeeks(6));
        assertThat(PlanSchedule.nextDueAfter(accepted, Cadence.everyWeeks(2), FIRST.plusWeeks(6)))
                .isEqualTo(FIRST.plusWeeks(8));
        assertThat(PlanSchedule.nextDueAfter(accepted, Cadence.perWeek(2), FIRST.plusWeeks(6)))
                .isEqualTo(FIRST.plusWeeks(6).plusDays(3));
    }

    private static AcceptCarePlan accept() {
        return new AcceptCarePlan(PLAN, new SeriesId("series-1"), ANNA, BERLIN, FIRST, Set.of());
    }

    private static Instant berlin(LocalDateTime local) {
        return ZonedDateTime.of(local, FakePlanCalendar.BERLIN).toInstant();
    }
}

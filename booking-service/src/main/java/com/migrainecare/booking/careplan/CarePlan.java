package com.migrainecare.booking.careplan;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.migrainecare.booking.client.CareProfiles;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.careplan.Cadence;
import com.migrainecare.kernel.careplan.CarePlanCommand.AcceptCarePlan;
import com.migrainecare.kernel.careplan.CarePlanCommand.DeclareStressPeriod;
import com.migrainecare.kernel.careplan.CarePlanCommand.ProposeAttackStepUp;
import com.migrainecare.kernel.careplan.CarePlanCommand.RecommendCadence;
import com.migrainecare.kernel.careplan.CarePlanEvent.CadenceNudgeDue;
import com.migrainecare.kernel.careplan.CarePlanEvent.CadenceRecommended;
import com.migrainecare.kernel.careplan.CarePlanEvent.CarePlanAccepted;
import com.migrainecare.kernel.careplan.CarePlanEvent.StressPeriodDeclared;
import com.migrainecare.kernel.careplan.DateWindow;
import com.migrainecare.kernel.careplan.Phase;
import com.migrainecare.kernel.careplan.Recommendation;
import com.migrainecare.kernel.ids.CarePlanId;
import com.migrainecare.kernel.ids.ClientId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A client's care plan: the cadence recommended from the intake (DOMAIN.md "Cadence"), and the plan once the
 * client accepts it, with the high-stress periods declared for it, and the nudges when a due session has no
 * booking. Its stream holds a recommendation per request, one acceptance, the stress periods and the nudges.
 */
@Aggregate
public class CarePlan {

    static final int LONGEST_STRESS_WEEKS = 12;

    /** The deadline that checks on the plan's next due session. */
    static final String NUDGE = "cadence-nudge";

    /** Due sessions too close to nudge for (a plan accepted two days before its first session) are passed over. */
    private static final int MOST_DUE_SKIPPED = 64;

    @AggregateIdentifier
    private CarePlanId carePlanId;

    private ClientId clientId;
    private Recommendation recommendation;
    private LocalDate recommendedOn;
    private CarePlanAccepted accepted;
    private final List<StressPeriodDeclared> stressPeriods = new ArrayList<>();

    protected CarePlan() {
        // rebuilt from events, or created by the first recommendation
    }

    /** Reads the client's intake and clearances as of today and applies the cadence table. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CarePlanView handle(RecommendCadence command, CareProfiles profiles, CadenceProperties table) {
        ensureNotActive();
        ClientId client = command.carePlanId().clientId();
        LocalDate today = LocalDate.ofInstant(GenericEventMessage.clock.instant(), ZoneOffset.UTC);
        Recommendation advice = CadenceAdvisor.recommend(profiles.profileOf(client, today), table);
        apply(new CadenceRecommended(command.carePlanId(), client, advice, today));
        return snapshot();
    }

    /**
     * Starts the plan on the last recommendation; its starting phase becomes a series. A plan exists from its
     * first recommendation on, so one never recommended is not found.
     */
    @CommandHandler
    public CarePlanView handle(
            AcceptCarePlan command, PlanCalendar calendar, CarePlanProperties properties, DeadlineManager deadlines) {
        ensureNotActive();
        apply(new CarePlanAccepted(
                carePlanId,
                clientId,
                command.seriesId(),
                command.therapistId(),
                command.locationId(),
                recommendation.startingPhase(),
                command.firstStart(),
                command.weekdays()));
        armNudge(accepted.firstStart().minusMinutes(1), calendar, properties, deadlines);
        return snapshot();
    }

    /**
     * DOMAIN.md "Cadence nudges": {@code nudgeLead} (3 days) before a due session, a nudge with open slots when
     * the client has no session near it; then the check is armed for the next due session, so one deadline at a
     * time runs for as long as the plan does.
     */
    @DeadlineHandler(deadlineName = NUDGE)
    void checkDueSession(
            DueSession due, PlanCalendar calendar, CarePlanProperties properties, DeadlineManager deadlines) {
        Instant at = ZonedDateTime.of(due.localStart(), calendar.zoneOf(accepted.locationId()))
                .toInstant();
        if (!calendar.hasSessionNear(clientId, at)) {
            apply(new CadenceNudgeDue(
                    carePlanId,
                    clientId,
                    accepted.locationId(),
                    accepted.therapistId(),
                    due.localStart().toLocalDate(),
                    calendar.openSlots(
                            accepted.therapistId(),
                            accepted.locationId(),
                            recommendation.techniques().get(0),
                            accepted.phase().sessionLength(),
                            at)));
        }
        armNudge(due.localStart(), calendar, properties, deadlines);
    }

    /** Schedules the check of the first session due after {@code after} whose nudge time is still ahead. */
    private void armNudge(
            LocalDateTime after, PlanCalendar calendar, CarePlanProperties properties, DeadlineManager deadlines) {
        ZoneId zone = calendar.zoneOf(accepted.locationId());
        Instant now = GenericEventMessage.clock.instant();
        Cadence maintenance =
                recommendation.phases().get(recommendation.phases().size() - 1).cadence();
        LocalDateTime due = after;
        for (int tries = 0; tries < MOST_DUE_SKIPPED; tries++) {
            due = PlanSchedule.nextDueAfter(accepted, maintenance, due);
            Instant nudgeAt = ZonedDateTime.of(due, zone).toInstant().minus(properties.nudgeLead());
            if (nudgeAt.isAfter(now)) {
                deadlines.schedule(nudgeAt, NUDGE, new DueSession(due));
                return;
            }
        }
    }

    /**
     * Steps the cadence up one level for the period (DOMAIN.md "Adjustments"), from the phase in effect when it
     * begins; days that an earlier period covers are stepped up once only.
     */
    @CommandHandler
    public CarePlanView handle(DeclareStressPeriod command) {
        if (accepted == null) {
            throw new RuleViolation(
                    ErrorCode.CARE_PLAN_NOT_ACTIVE, "a stress period adjusts an accepted care plan; accept one first");
        }
        DateWindow window = command.window();
        LocalDate today = LocalDate.ofInstant(GenericEventMessage.clock.instant(), ZoneOffset.UTC);
        if (window.to().isBefore(today) || window.to().isAfter(window.from().plusWeeks(LONGEST_STRESS_WEEKS))) {
            throw new RuleViolation(
                    ErrorCode.INVALID_REQUEST,
                    "a stress period ends today or later and lasts at most " + LONGEST_STRESS_WEEKS + " weeks");
        }
        stepUp(window, command.note(), StressPeriodDeclared.Cause.DECLARED);
        return snapshot();
    }

    /**
     * DOMAIN.md "attacks coming often": 30 % or more above the intake's baseline over the last 14 days steps the
     * cadence up for the next 14 days. Proposed once: not again while an earlier such step-up runs.
     */
    @CommandHandler
    public CarePlanView handle(ProposeAttackStepUp command, CareProfiles profiles) {
        if (accepted == null || attackStepUpRunsOn(command.today())) {
            return snapshot();
        }
        int baseline = profiles.profileOf(clientId, command.today()).intake().headacheDaysPerMonth();
        AttackRate rate = new AttackRate(baseline, command.loggedDays());
        if (rate.stepsUp()) {
            DateWindow next =
                    new DateWindow(command.today().plusDays(1), command.today().plusDays(14));
            stepUp(next, rate.describe(), StressPeriodDeclared.Cause.FREQUENT_ATTACKS);
        }
        return snapshot();
    }

    private void stepUp(DateWindow window, String note, StressPeriodDeclared.Cause cause) {
        Cadence base = cadenceOn(window.from());
        List<DateWindow> earlier =
                stressPeriods.stream().map(StressPeriodDeclared::window).toList();
        apply(new StressPeriodDeclared(
                carePlanId, clientId, window, note, base, base.steppedUp(), window.minus(earlier), cause));
    }

    private boolean attackStepUpRunsOn(LocalDate day) {
        return stressPeriods.stream()
                .anyMatch(period -> period.cause() == StressPeriodDeclared.Cause.FREQUENT_ATTACKS
                        && !period.window().to().isBefore(day));
    }

    /** The starting phase's cadence until its weeks are over, then maintenance. */
    private Cadence cadenceOn(LocalDate day) {
        Phase starting = accepted.phase();
        LocalDate maintenanceFrom = accepted.firstStart().toLocalDate().plusWeeks(starting.weeks());
        List<Phase> phases = recommendation.phases();
        return day.isBefore(maintenanceFrom)
                ? starting.cadence()
                : phases.get(phases.size() - 1).cadence();
    }

    CarePlanView snapshot() {
        Long version = AggregateLifecycle.getVersion();
        return new CarePlanView(
                carePlanId,
                clientId,
                accepted == null ? CarePlanView.Status.RECOMMENDED : CarePlanView.Status.ACTIVE,
                recommendation,
                recommendedOn,
                accepted,
                List.copyOf(stressPeriods),
                version == null ? 0 : version);
    }

    /** An accepted plan runs; changing it is a stress period or a new plan, not a second acceptance. */
    private void ensureNotActive() {
        if (accepted != null) {
            throw new RuleViolation(ErrorCode.CARE_PLAN_ALREADY_ACTIVE, "the care plan is already active");
        }
    }

    @EventSourcingHandler
    void on(CadenceRecommended event) {
        carePlanId = event.carePlanId();
        clientId = event.clientId();
        recommendation = event.recommendation();
        recommendedOn = event.on();
    }

    @EventSourcingHandler
    void on(CarePlanAccepted event) {
        accepted = event;
    }

    @EventSourcingHandler
    void on(StressPeriodDeclared event) {
        stressPeriods.add(event);
    }
}

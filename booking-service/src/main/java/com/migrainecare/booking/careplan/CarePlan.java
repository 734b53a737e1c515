package com.migrainecare.booking.careplan;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.migrainecare.booking.client.CareProfiles;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
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
import com.migrainecare.kernel.careplan.CarePlanEvent.StressPeriodDeclared;
import com.migrainecare.kernel.careplan.DateWindow;
import com.migrainecare.kernel.careplan.Recommendation;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.CarePlanId;
import com.migrainecare.kernel.ids.ClientId;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

    /** The deadline that checks on the plan's next due session. */
    static final String NUDGE = "cadence-nudge";

    @AggregateIdentifier
    private CarePlanId carePlanId;

    private ClientId clientId;
    private Recommendation recommendation;
    private LocalDate recommendedOn;
    private CarePlanAccepted accepted;
    private final List<StressPeriodDeclared> stressPeriods = new ArrayList<>();
    private final List<BookingId> proposals = new ArrayList<>();
    private CarePlanEnded ended;

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
        NudgeSchedule.arm(
                accepted, recommendation, accepted.firstStart().minusMinutes(1), calendar, properties, deadlines);
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
        if (ended != null) {
            return; // a check that was already running when the plan ended
        }
        NudgeSchedule.nudgeIfUnbooked(accepted, recommendation, due, calendar).ifPresent(AggregateLifecycle::apply);
        NudgeSchedule.arm(accepted, recommendation, due.localStart(), calendar, properties, deadlines);
    }

    /**
     * Steps the cadence up one level for the period (DOMAIN.md "Adjustments"), from the phase in effect when it
     * begins; days that an earlier period covers are stepped up once only.
     */
    @CommandHandler
    public CarePlanView handle(DeclareStressPeriod command) {
        ensureRunning("a stress period adjusts an accepted care plan");
        DateWindow window = command.window();
        StepUps.ensureStressWindow(window, LocalDate.ofInstant(GenericEventMessage.clock.instant(), ZoneOffset.UTC));
        stepUp(window, command.note(), StressPeriodDeclared.Cause.DECLARED);
        return snapshot();
    }

    /**
     * DOMAIN.md "attacks coming often": 30 % or more above the intake's baseline over the last 14 days steps the
     * cadence up for the next 14 days. Proposed once: not again while an earlier such step-up runs.
     */
    @CommandHandler
    public CarePlanView handle(ProposeAttackStepUp command, CareProfiles profiles) {
        if (accepted == null || ended != null || StepUps.attackStepUpRunsOn(stressPeriods, command.today())) {
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

    /** The tentative bookings of a step-up: the plan releases those still pending when it ends. */
    @CommandHandler
    public CarePlanView handle(RecordProposals command) {
        ensureRunning("extra sessions are proposed for a running care plan");
        apply(new ExtraSessionsProposed(carePlanId, clientId, command.bookingIds()));
        return snapshot();
    }

    /**
     * Ends an accepted plan: its pending nudge check is cancelled and none is armed again; it steps up and proposes
     * no more. Releasing its proposals and cancelling its sessions is the caller's, session by session.
     */
    @CommandHandler
    public CarePlanView handle(EndCarePlan command, DeadlineManager deadlines) {
        if (ended != null) {
            throw new RuleViolation(ErrorCode.CARE_PLAN_ENDED, "the care plan has already ended");
        }
        ensureRunning("only an accepted care plan can end");
        deadlines.cancelAllWithinScope(NUDGE);
        apply(new CarePlanEnded(carePlanId, clientId, GenericEventMessage.clock.instant(), command.cancelUpcoming()));
        return snapshot();
    }

    private void ensureRunning(String rule) {
        if (ended != null) {
            throw new RuleViolation(ErrorCode.CARE_PLAN_ENDED, rule + "; this one has ended");
        }
        if (accepted == null) {
            throw new RuleViolation(ErrorCode.CARE_PLAN_NOT_ACTIVE, rule + "; accept one first");
        }
    }

    private void stepUp(DateWindow window, String note, StressPeriodDeclared.Cause cause) {
        apply(StepUps.of(accepted, recommendation, stressPeriods, window, note, cause));
    }

    CarePlanView snapshot() {
        Long version = AggregateLifecycle.getVersion();
        return new CarePlanView(
                carePlanId,
                clientId,
                ended != null
                        ? CarePlanView.Status.ENDED
                        : accepted == null ? CarePlanView.Status.RECOMMENDED : CarePlanView.Status.ACTIVE,
                recommendation,
                recommendedOn,
                accepted,
                List.copyOf(stressPeriods),
                List.copyOf(proposals),
                ended == null ? null : ended.endedAt(),
                version == null ? 0 : version);
    }

    /**
     * An accepted plan runs; changing it is a stress period or a new plan, not a second acceptance. An ended plan
     * may be recommended and accepted anew: the plan starts over on the same stream.
     */
    private void ensureNotActive() {
        if (accepted != null && ended == null) {
            throw new RuleViolation(ErrorCode.CARE_PLAN_ALREADY_ACTIVE, "the care plan is already active");
        }
    }

    @EventSourcingHandler
    void on(CadenceRecommended event) {
        if (ended != null) {
            accepted = null;
            ended = null;
            stressPeriods.clear();
            proposals.clear();
        }
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

    @EventSourcingHandler
    void on(ExtraSessionsProposed event) {
        proposals.addAll(event.bookingIds());
    }

    @EventSourcingHandler
    void on(CarePlanEnded event) {
        ended = event;
    }
}

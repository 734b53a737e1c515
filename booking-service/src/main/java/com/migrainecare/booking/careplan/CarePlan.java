package com.migrainecare.booking.careplan;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.migrainecare.booking.client.CareProfiles;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.careplan.CarePlanCommand.AcceptCarePlan;
import com.migrainecare.kernel.careplan.CarePlanCommand.RecommendCadence;
import com.migrainecare.kernel.careplan.CarePlanEvent.CadenceRecommended;
import com.migrainecare.kernel.careplan.CarePlanEvent.CarePlanAccepted;
import com.migrainecare.kernel.careplan.Recommendation;
import com.migrainecare.kernel.ids.CarePlanId;
import com.migrainecare.kernel.ids.ClientId;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A client's care plan: the cadence recommended from the intake (DOMAIN.md "Cadence"), and the plan once the
 * client accepts it. Its stream holds a recommendation per request and one acceptance.
 */
@Aggregate
public class CarePlan {

    @AggregateIdentifier
    private CarePlanId carePlanId;

    private ClientId clientId;
    private Recommendation recommendation;
    private LocalDate recommendedOn;
    private CarePlanAccepted accepted;

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
    public CarePlanView handle(AcceptCarePlan command) {
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
        return snapshot();
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
}

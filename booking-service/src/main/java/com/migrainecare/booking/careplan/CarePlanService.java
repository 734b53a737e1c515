package com.migrainecare.booking.careplan;

import com.migrainecare.booking.chain.AggregateReader;
import com.migrainecare.booking.chain.LocationDirectory;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.careplan.CarePlanCommand.AcceptCarePlan;
import com.migrainecare.kernel.careplan.CarePlanCommand.RecommendCadence;
import com.migrainecare.kernel.careplan.Phase;
import com.migrainecare.kernel.ids.CarePlanId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.SeriesId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.RequestedTime;
import com.migrainecare.platform.axon.Commands;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/** Recommends a cadence for a client, and starts the plan: its starting phase booked as a recurring series. */
@Service
public class CarePlanService {

    private final Commands commands;
    private final SeriesService series;
    private final LocationDirectory locations;
    private final AggregateReader<CarePlan> plans;

    public CarePlanService(
            Commands commands,
            SeriesService series,
            LocationDirectory locations,
            @Qualifier("carePlanRepository") Repository<CarePlan> carePlanRepository) {
        this.commands = commands;
        this.series = series;
        this.locations = locations;
        // a plan exists from its first recommendation on: until then it is not found
        this.plans = new AggregateReader<>(carePlanRepository, ErrorCode.CARE_PLAN_NOT_FOUND);
    }

    /** A plan as accepted, with the series its starting phase became. */
    public record Started(CarePlanView plan, SeriesService.Scheduled series) {}

    /** What the client accepts: who, where, from when, and on which weekdays at which time (both optional). */
    public record Acceptance(
            TherapistId therapistId,
            LocationId locationId,
            RequestedTime firstStart,
            Set<DayOfWeek> weekdays,
            LocalTime time) {}

    public CarePlanView recommend(ClientId client, String reason) {
        return commands.send(new RecommendCadence(CarePlanId.of(client)), reason);
    }

    public CarePlanView get(ClientId client) {
        return plans.read(CarePlanId.of(client).value(), CarePlan::snapshot);
    }

    public Started accept(ClientId client, Acceptance acceptance, String reason) {
        CarePlanView current = get(client);
        if (current.status() == CarePlanView.Status.ACTIVE) {
            throw new RuleViolation(ErrorCode.CARE_PLAN_ALREADY_ACTIVE, "the care plan is already active");
        }
        var zone = locations.get(acceptance.locationId()).timeZone();
        LocalDateTime first = acceptance.firstStart().wallClockIn(zone);
        if (acceptance.time() != null) {
            first = first.toLocalDate().atTime(acceptance.time());
        }
        Phase phase = current.recommendation().startingPhase();
        Set<DayOfWeek> weekdays = acceptance.weekdays() == null ? Set.of() : acceptance.weekdays();
        SeriesId seriesId = SeriesId.random();
        // the series first: a request it refuses (an unknown therapist, a first start in the past, weekdays
        // less than 48 hours apart) leaves the plan as it was, to be accepted again
        SeriesService.Scheduled scheduled = series.schedule(
                new SeriesRequest(
                        seriesId,
                        client,
                        acceptance.therapistId(),
                        acceptance.locationId(),
                        current.recommendation().techniques().get(0),
                        new RequestedTime.Local(first),
                        phase.sessionLength(),
                        phase.cadence(),
                        weekdays,
                        phase.sessions(),
                        null,
                        CarePlanId.of(client)),
                reason);
        CarePlanView accepted = commands.send(
                new AcceptCarePlan(
                        CarePlanId.of(client),
                        seriesId,
                        acceptance.therapistId(),
                        acceptance.locationId(),
                        first,
                        weekdays),
                reason,
                ErrorCode.CARE_PLAN_NOT_FOUND);
        return new Started(accepted, scheduled);
    }
}

package com.migrainecare.booking.careplan;

import com.migrainecare.booking.careplan.CarePlanResponses.CarePlanResponse;
import com.migrainecare.booking.careplan.CarePlanResponses.RecommendationResponse;
import com.migrainecare.booking.careplan.PlanSessionResponses.EndedResponse;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.Ids;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.RequestedTime;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A client's care plan over HTTP: recommend a cadence, read the plan, accept it, end it. */
@RestController
@RequestMapping("/api/clients/{clientId}/care-plan")
public class CarePlanController {

    private final CarePlanService plans;
    private final CarePlanEnding ending;
    private final PlanSessions sessions;

    public CarePlanController(CarePlanService plans, CarePlanEnding ending, PlanSessions sessions) {
        this.plans = plans;
        this.ending = ending;
        this.sessions = sessions;
    }

    /** Ending the plan: why (required), and whether its booked sessions ahead are cancelled too (default not). */
    public record EndBody(
            Boolean cancelUpcoming,
            @NotBlank @Size(max = 500) String reason) {}

    /** The optional body of a recommendation request. */
    public record RecommendBody(@Size(max = 500) String reason) {}

    /** Accepting the plan: weekdays and time default to those of the first start. */
    public record AcceptBody(
            @NotNull @Size(max = 64) String therapistId,
            @NotNull @Size(max = 64) String locationId,
            @NotNull @Size(max = 64) String firstStart,
            @Size(max = 3) Set<DayOfWeek> weekdays,

            @Schema(type = "string", format = "time", example = "09:00")
            LocalTime time,

            @Size(max = 500) String reason) {}

    @PostMapping("/recommendation")
    RecommendationResponse recommend(
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String clientId,
            @Valid @RequestBody(required = false) RecommendBody body) {
        CarePlanView plan = plans.recommend(new ClientId(clientId), body == null ? null : body.reason());
        return CarePlanResponses.recommendation(plan.recommendation(), plan.recommendedOn());
    }

    @GetMapping
    CarePlanResponse get(@PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String clientId) {
        CarePlanView plan = plans.get(new ClientId(clientId));
        return CarePlanResponses.plan(plan, null, sessions.of(plan));
    }

    @PostMapping("/end")
    EndedResponse end(
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String clientId,
            @Valid @RequestBody EndBody body) {
        CarePlanEnding.Ended ended =
                ending.end(new ClientId(clientId), Boolean.TRUE.equals(body.cancelUpcoming()), body.reason());
        return PlanSessionResponses.ended(ended, sessions.of(ended.plan()));
    }

    @PostMapping("/accept")
    ResponseEntity<CarePlanResponse> accept(
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String clientId,
            @Valid @RequestBody AcceptBody body) {
        ClientId client = new ClientId(clientId);
        CarePlanService.Started started = plans.accept(
                client,
                new CarePlanService.Acceptance(
                        new TherapistId(body.therapistId()),
                        new LocationId(body.locationId()),
                        RequestedTime.parse(body.firstStart()),
                        body.weekdays(),
                        body.time()),
                body.reason());
        var series = CarePlanResponses.series(
                started.series().series(), started.series().bookings());
        return ResponseEntity.created(URI.create("/api/clients/" + clientId + "/care-plan"))
                .body(CarePlanResponses.plan(started.plan(), series));
    }
}

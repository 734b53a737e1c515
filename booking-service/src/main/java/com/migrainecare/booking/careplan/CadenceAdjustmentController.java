package com.migrainecare.booking.careplan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.migrainecare.booking.web.ResponseTimes;
import com.migrainecare.kernel.booking.BookingStatus;
import com.migrainecare.kernel.careplan.Cadence;
import com.migrainecare.kernel.careplan.DateWindow;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.Ids;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Adjustments of a care plan over HTTP: high-stress periods, and the headache diary that steps the plan up when
 * attacks come often; both answer with the extra sessions proposed.
 */
@RestController
public class CadenceAdjustmentController {

    private final StressPeriods stressPeriods;
    private final HeadacheDiary diary;
    private final SeriesService series;
    private final CarePlanService plans;

    public CadenceAdjustmentController(
            StressPeriods stressPeriods, HeadacheDiary diary, SeriesService series, CarePlanService plans) {
        this.stressPeriods = stressPeriods;
        this.diary = diary;
        this.series = series;
        this.plans = plans;
    }

    public record HeadacheBody(
            @NotNull LocalDate date,
            @Min(0) @Max(10) Integer severity,
            @Size(max = 2000) String note,
            @Size(max = 500) String reason) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HeadacheResponse(
            LocalDate date, Integer severity, String note, int loggedDaysLast14, StressPeriodResponse stepUp) {}

    public record StressPeriodBody(
            @NotNull LocalDate from,
            @NotNull LocalDate to,
            @Size(max = 2000) String note,
            @Size(max = 500) String reason) {}

    /** An extra session: the tentative booking that holds its time ({@code bookingId}), or no booking at all. */
    public record ProposalResponse(
            LocalDateTime planned,
            String bookingId,
            BookingStatus status,
            String therapistId,
            String roomId,
            String start,
            String end,
            String holdUntil) {}

    public record StressPeriodResponse(
            LocalDate from,
            LocalDate to,
            String note,
            Cadence base,
            Cadence during,
            List<DateWindow> steppedUp,
            List<String> rationale,
            List<ProposalResponse> proposals) {}

    @PostMapping("/api/clients/{clientId}/stress-periods")
    ResponseEntity<StressPeriodResponse> declare(
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String clientId,
            @Valid @RequestBody StressPeriodBody body) {
        ClientId client = new ClientId(clientId);
        StressPeriods.Declared declared =
                stressPeriods.declare(client, new DateWindow(body.from(), body.to()), body.note(), body.reason());
        return ResponseEntity.created(URI.create("/api/clients/" + clientId + "/care-plan"))
                .body(response(client, declared));
    }

    @PostMapping("/api/clients/{clientId}/headache-log")
    ResponseEntity<HeadacheResponse> logHeadache(
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String clientId,
            @Valid @RequestBody HeadacheBody body) {
        ClientId client = new ClientId(clientId);
        HeadacheDiary.Logged logged = diary.log(client, body.date(), body.severity(), body.note(), body.reason());
        return ResponseEntity.created(URI.create("/api/clients/" + clientId + "/headache-log/" + body.date()))
                .body(new HeadacheResponse(
                        body.date(),
                        body.severity(),
                        body.note(),
                        logged.loggedDays(),
                        logged.stepUp()
                                .map(declared -> response(client, declared))
                                .orElse(null)));
    }

    private StressPeriodResponse response(ClientId client, StressPeriods.Declared declared) {
        ZoneId zone = series.view(plans.get(client).accepted().seriesId()).zone();
        var period = declared.period();
        return new StressPeriodResponse(
                period.window().from(),
                period.window().to(),
                period.note(),
                period.base(),
                period.during(),
                period.uncovered(),
                declared.rationale(),
                declared.proposals().stream()
                        .map(p -> p.hold() == null
                                ? new ProposalResponse(p.planned(), null, null, null, null, null, null, null)
                                : new ProposalResponse(
                                        p.planned(),
                                        p.hold().bookingId().value(),
                                        p.hold().status(),
                                        p.hold().placement().therapistId().value(),
                                        p.hold().placement().roomId().value(),
                                        ResponseTimes.local(
                                                p.hold().placement().slot().start(), zone),
                                        ResponseTimes.local(
                                                p.hold().placement().slot().end(), zone),
                                        ResponseTimes.local(p.hold().holdUntil(), zone)))
                        .toList());
    }
}

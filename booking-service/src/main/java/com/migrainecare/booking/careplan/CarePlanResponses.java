package com.migrainecare.booking.careplan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.migrainecare.booking.booking.BookingController;
import com.migrainecare.booking.booking.BookingController.BookingResponse;
import com.migrainecare.booking.booking.BookingState;
import com.migrainecare.booking.web.ResponseTimes;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.careplan.Alternative;
import com.migrainecare.kernel.careplan.DateWindow;
import com.migrainecare.kernel.careplan.Phase;
import com.migrainecare.kernel.careplan.Recommendation;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Care plans and series as the API shows them. */
final class CarePlanResponses {

    private CarePlanResponses() {}

    /** A phase: {@code sessionsPerWeek} or {@code intervalWeeks}; {@code weeks} and {@code sessions} unless open-ended. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PhaseResponse(
            String name,
            Integer sessionsPerWeek,
            Integer intervalWeeks,
            Duration sessionLength,
            Integer weeks,
            Integer sessions) {}

    record RecommendationResponse(
            List<PhaseResponse> phases,
            List<Technique> techniques,
            List<String> rationale,
            String tableVersion,
            LocalDate recommendedOn) {}

    record AcceptedResponse(
            String seriesId,
            String therapistId,
            String locationId,
            LocalDateTime firstStart,
            Set<DayOfWeek> weekdays,
            PhaseResponse phase) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CarePlanResponse(
            String id,
            String clientId,
            CarePlanView.Status status,
            RecommendationResponse recommendation,
            AcceptedResponse accepted,
            List<DateWindow> stressPeriods,
            long version,
            SeriesResponse series,
            Instant endedAt,
            List<PlanSessionResponses.PendingProposalResponse> proposals,
            List<PlanSessionResponses.PlanSessionResponse> booked) {}

    record AlternativeResponse(Alternative.Kind kind, String therapistId, String roomId, String start, String end) {}

    record ConflictResponse(
            int index, LocalDateTime localStart, String code, String detail, List<AlternativeResponse> alternatives) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OccurrenceResponse(
            int index, LocalDateTime localStart, SeriesView.Status status, String bookingId, String start) {}

    record SeriesResponse(
            String id,
            String carePlanId,
            String clientId,
            String therapistId,
            String locationId,
            Technique technique,
            Duration duration,
            String timeZone,
            List<OccurrenceResponse> occurrences,
            List<BookingResponse> bookings,
            List<ConflictResponse> conflicts) {}

    /** One occurrence's outcome of a reschedule or cancel: the booking, or the code it was refused with. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OutcomeResponse(
            int index, String occurrenceStart, String status, BookingResponse booking, String code, String detail) {}

    record ChangeResponse(String id, List<OutcomeResponse> occurrences) {}

    static RecommendationResponse recommendation(Recommendation recommendation, LocalDate on) {
        return new RecommendationResponse(
                recommendation.phases().stream().map(CarePlanResponses::phase).toList(),
                recommendation.techniques(),
                recommendation.rationale(),
                recommendation.tableVersion(),
                on);
    }

    static CarePlanResponse plan(CarePlanView plan, SeriesResponse series) {
        return plan(plan, series, null);
    }

    /** The plan; with {@code sessions}, its pending proposals and what is booked against it ahead. */
    static CarePlanResponse plan(CarePlanView plan, SeriesResponse series, PlanSessions.Sessions sessions) {
        var accepted = plan.accepted();
        return new CarePlanResponse(
                plan.carePlanId().value(),
                plan.clientId().value(),
                plan.status(),
                plan.recommendation() == null ? null : recommendation(plan.recommendation(), plan.recommendedOn()),
                accepted == null
                        ? null
                        : new AcceptedResponse(
                                accepted.seriesId().value(),
                                accepted.therapistId().value(),
                                accepted.locationId().value(),
                                accepted.firstStart(),
                                accepted.weekdays(),
                                phase(accepted.phase())),
                plan.stressPeriods().stream().map(period -> period.window()).toList(),
                plan.version(),
                series,
                plan.endedAt(),
                sessions == null
                        ? null
                        : sessions.pending().stream()
                                .map(state -> PlanSessionResponses.pending(plan, state))
                                .toList(),
                sessions == null
                        ? null
                        : sessions.booked().stream()
                                .map(PlanSessionResponses::booked)
                                .toList());
    }

    static SeriesResponse series(SeriesView series, List<BookingState> bookings) {
        ZoneId zone = series.zone();
        return new SeriesResponse(
                series.seriesId().value(),
                series.carePlanId() == null ? null : series.carePlanId().value(),
                series.clientId().value(),
                series.therapistId().value(),
                series.locationId().value(),
                series.technique(),
                series.duration(),
                zone.getId(),
                series.occurrences().stream()
                        .map(o -> new OccurrenceResponse(
                                o.index(),
                                o.localStart(),
                                o.status(),
                                o.bookingId() == null ? null : o.bookingId().value(),
                                o.start() == null ? null : ResponseTimes.local(o.start(), zone)))
                        .toList(),
                bookings.stream().map(BookingController::fromState).toList(),
                series.occurrences().stream()
                        .filter(o -> o.status() == SeriesView.Status.CONFLICT)
                        .map(o -> new ConflictResponse(
                                o.index(),
                                o.localStart(),
                                o.conflict().name(),
                                o.detail(),
                                o.alternatives().stream()
                                        .map(a -> alternative(a, zone))
                                        .toList()))
                        .toList());
    }

    static ChangeResponse change(SeriesView series, List<SeriesChanges.Outcome> outcomes, String done) {
        return new ChangeResponse(
                series.seriesId().value(),
                outcomes.stream()
                        .map(o -> new OutcomeResponse(
                                o.index(),
                                ResponseTimes.local(o.previousStart(), series.zone()),
                                o.booking() != null ? done : "FAILED",
                                o.booking() == null ? null : BookingController.fromState(o.booking()),
                                o.code() == null ? null : o.code().name(),
                                o.detail()))
                        .toList());
    }

    private static AlternativeResponse alternative(Alternative alternative, ZoneId zone) {
        return new AlternativeResponse(
                alternative.kind(),
                alternative.therapistId().value(),
                alternative.roomId().value(),
                ResponseTimes.local(alternative.slot().start(), zone),
                ResponseTimes.local(alternative.slot().end(), zone));
    }

    private static PhaseResponse phase(Phase phase) {
        return new PhaseResponse(
                phase.name(),
                phase.cadence().sessionsPerWeek(),
                phase.cadence().intervalWeeks(),
                phase.sessionLength(),
                phase.weeks(),
                phase.sessions());
    }
}

package com.migrainecare.booking.careplan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.migrainecare.booking.booking.BookingController;
import com.migrainecare.booking.booking.BookingController.BookingResponse;
import com.migrainecare.booking.booking.BookingState;
import com.migrainecare.booking.careplan.CarePlanResponses.CarePlanResponse;
import com.migrainecare.booking.web.ResponseTimes;
import com.migrainecare.kernel.booking.BookingStatus;
import java.time.ZoneId;
import java.util.List;

/** A care plan's sessions as the API shows them: its pending proposals, what is booked, what ending it did. */
final class PlanSessionResponses {

    private PlanSessionResponses() {}

    /** A proposal waiting for the client's answer: its time, when its hold runs out, and where to answer it. */
    record PendingProposalResponse(
            String bookingId,
            String therapistId,
            String roomId,
            String start,
            String end,
            String holdUntil,
            String accept,
            String decline) {}

    /** A session booked against the plan, ahead. */
    record PlanSessionResponse(
            String bookingId, BookingStatus status, String therapistId, String roomId, String start, String end) {}

    /** What ending the plan did to one of its sessions: the booking as it stands now, or why it was left. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EndOutcomeResponse(String bookingId, BookingResponse booking, String code, String detail) {}

    record EndedResponse(
            CarePlanResponse plan, List<EndOutcomeResponse> released, List<EndOutcomeResponse> cancelled) {}

    static EndedResponse ended(CarePlanEnding.Ended ended, PlanSessions.Sessions sessions) {
        return new EndedResponse(
                CarePlanResponses.plan(ended.plan(), null, sessions),
                ended.released().stream().map(PlanSessionResponses::outcome).toList(),
                ended.cancelled().stream().map(PlanSessionResponses::outcome).toList());
    }

    private static EndOutcomeResponse outcome(CarePlanEnding.Outcome outcome) {
        return new EndOutcomeResponse(
                outcome.bookingId().value(),
                outcome.booking() == null ? null : BookingController.fromState(outcome.booking()),
                outcome.code() == null ? null : outcome.code().name(),
                outcome.detail());
    }

    static PendingProposalResponse pending(CarePlanView plan, BookingState state) {
        ZoneId zone = state.placement().zone();
        String path = "/api/clients/" + plan.clientId().value() + "/care-plan/proposals/"
                + state.bookingId().value() + "/";
        return new PendingProposalResponse(
                state.bookingId().value(),
                state.placement().therapistId().value(),
                state.placement().roomId().value(),
                ResponseTimes.local(state.placement().slot().start(), zone),
                ResponseTimes.local(state.placement().slot().end(), zone),
                ResponseTimes.local(state.holdUntil(), zone),
                path + "accept",
                path + "decline");
    }

    static PlanSessionResponse booked(BookingState state) {
        ZoneId zone = state.placement().zone();
        return new PlanSessionResponse(
                state.bookingId().value(),
                state.status(),
                state.placement().therapistId().value(),
                state.placement().roomId().value(),
                ResponseTimes.local(state.placement().slot().start(), zone),
                ResponseTimes.local(state.placement().slot().end(), zone));
    }
}

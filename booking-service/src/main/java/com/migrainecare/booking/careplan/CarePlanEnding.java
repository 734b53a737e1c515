package com.migrainecare.booking.careplan;

import com.migrainecare.booking.booking.BookingService;
import com.migrainecare.booking.booking.BookingState;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.careplan.CarePlanCommand.EndCarePlan;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.CarePlanId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.platform.axon.Commands;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * Ends a care plan at the request of staff or the client: the plan stops nudging, stepping up and proposing (its
 * nudge deadline is cancelled); its pending proposals are declined, which frees their time; its booked sessions
 * ahead stay unless the request asks to cancel them, when each goes through the ordinary cancellation (late or
 * not by the location's policy). The reason goes with every command, so the audit history carries it.
 */
@Service
public class CarePlanEnding {

    private final Commands commands;
    private final PlanSessions sessions;
    private final BookingService bookings;

    public CarePlanEnding(Commands commands, PlanSessions sessions, BookingService bookings) {
        this.commands = commands;
        this.sessions = sessions;
        this.bookings = bookings;
    }

    /** What became of one session: the booking as it now stands, or the code it was refused with. */
    public record Outcome(BookingId bookingId, BookingState booking, ErrorCode code, String detail) {}

    /** The ended plan, the proposals released and, when asked for, the sessions cancelled. */
    public record Ended(CarePlanView plan, List<Outcome> released, List<Outcome> cancelled) {}

    public Ended end(ClientId client, boolean cancelUpcoming, String reason) {
        CarePlanView plan = commands.send(
                new EndCarePlan(CarePlanId.of(client), cancelUpcoming), reason, ErrorCode.CARE_PLAN_NOT_FOUND);
        PlanSessions.Sessions ahead = sessions.of(plan);
        List<Outcome> released = each(ahead.pending(), id -> bookings.declineHold(id, null, reason));
        List<Outcome> cancelled =
                cancelUpcoming ? each(ahead.booked(), id -> bookings.cancel(id, null, reason)) : List.of();
        return new Ended(plan, released, cancelled);
    }

    /**
     * One session at a time, each in its own command: one that changed meanwhile (its hold ran out, the client
     * cancelled it, it started) is reported with its code and does not stop the others.
     */
    private static List<Outcome> each(List<BookingState> states, Function<BookingId, BookingState> change) {
        return states.stream()
                .map(state -> {
                    try {
                        return new Outcome(state.bookingId(), change.apply(state.bookingId()), null, null);
                    } catch (RuleViolation refused) {
                        return new Outcome(state.bookingId(), null, refused.code(), refused.getMessage());
                    }
                })
                .toList();
    }
}

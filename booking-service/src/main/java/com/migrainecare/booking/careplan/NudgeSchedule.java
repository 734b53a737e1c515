package com.migrainecare.booking.careplan;

import com.migrainecare.kernel.careplan.Cadence;
import com.migrainecare.kernel.careplan.CarePlanEvent.CadenceNudgeDue;
import com.migrainecare.kernel.careplan.CarePlanEvent.CarePlanAccepted;
import com.migrainecare.kernel.careplan.Phase;
import com.migrainecare.kernel.careplan.Recommendation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.GenericEventMessage;

/**
 * The cadence nudges of an accepted plan: whether a due session needs one, and when the next check runs: {@code lead} before the first session due after a time,
 * skipping due sessions whose check time has already passed (a plan accepted two days before its first session).
 */
final class NudgeSchedule {

    /** How many passed check times are skipped before giving up. */
    private static final int MOST_DUE_SKIPPED = 64;

    private NudgeSchedule() {}

    /** Schedules the check of the first session due after {@code after} whose check time is still ahead. */
    static void arm(
            CarePlanAccepted accepted,
            Recommendation recommendation,
            LocalDateTime after,
            PlanCalendar calendar,
            CarePlanProperties properties,
            DeadlineManager deadlines) {
        List<Phase> phases = recommendation.phases();
        next(
                        accepted,
                        phases.get(phases.size() - 1).cadence(),
                        after,
                        calendar.zoneOf(accepted.locationId()),
                        properties.nudgeLead(),
                        GenericEventMessage.clock.instant())
                .ifPresent(check -> deadlines.schedule(check.at(), CarePlan.NUDGE, check.due()));
    }

    /** A nudge with open slots when the client has no session near the due one, else nothing. */
    static Optional<CadenceNudgeDue> nudgeIfUnbooked(
            CarePlanAccepted accepted, Recommendation recommendation, DueSession due, PlanCalendar calendar) {
        Instant at = ZonedDateTime.of(due.localStart(), calendar.zoneOf(accepted.locationId()))
                .toInstant();
        if (calendar.hasSessionNear(accepted.clientId(), at)) {
            return Optional.empty();
        }
        return Optional.of(new CadenceNudgeDue(
                accepted.carePlanId(),
                accepted.clientId(),
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

    /** A due session and when to check on it. */
    record Check(DueSession due, Instant at) {}

    static Optional<Check> next(
            CarePlanAccepted accepted,
            Cadence maintenance,
            LocalDateTime after,
            ZoneId zone,
            Duration lead,
            Instant now) {
        LocalDateTime due = after;
        for (int tries = 0; tries < MOST_DUE_SKIPPED; tries++) {
            due = PlanSchedule.nextDueAfter(accepted, maintenance, due);
            Instant checkAt = ZonedDateTime.of(due, zone).toInstant().minus(lead);
            if (checkAt.isAfter(now)) {
                return Optional.of(new Check(new DueSession(due), checkAt));
            }
        }
        return Optional.empty();
    }
}

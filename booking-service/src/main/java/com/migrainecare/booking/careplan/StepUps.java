package com.migrainecare.booking.careplan;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.careplan.Cadence;
import com.migrainecare.kernel.careplan.CarePlanEvent.CarePlanAccepted;
import com.migrainecare.kernel.careplan.CarePlanEvent.StressPeriodDeclared;
import com.migrainecare.kernel.careplan.DateWindow;
import com.migrainecare.kernel.careplan.Phase;
import com.migrainecare.kernel.careplan.Recommendation;
import java.time.LocalDate;
import java.util.List;

/**
 * The rules of a step-up (DOMAIN.md "Adjustments"): one level up from the phase in effect when the period begins,
 * days an earlier period covers stepped up once only, and at most one attack step-up running at a time.
 */
final class StepUps {

    static final int LONGEST_STRESS_WEEKS = 12;

    private StepUps() {}

    /** A declared period ends today or later and lasts at most {@link #LONGEST_STRESS_WEEKS} weeks. */
    static void ensureStressWindow(DateWindow window, LocalDate today) {
        if (window.to().isBefore(today) || window.to().isAfter(window.from().plusWeeks(LONGEST_STRESS_WEEKS))) {
            throw new RuleViolation(
                    ErrorCode.INVALID_REQUEST,
                    "a stress period ends today or later and lasts at most " + LONGEST_STRESS_WEEKS + " weeks");
        }
    }

    /** The step-up of {@code window} for the plan, given the periods declared before it. */
    static StressPeriodDeclared of(
            CarePlanAccepted accepted,
            Recommendation recommendation,
            List<StressPeriodDeclared> earlier,
            DateWindow window,
            String note,
            StressPeriodDeclared.Cause cause) {
        Cadence base = cadenceOn(accepted, recommendation, window.from());
        List<DateWindow> covered =
                earlier.stream().map(StressPeriodDeclared::window).toList();
        return new StressPeriodDeclared(
                accepted.carePlanId(),
                accepted.clientId(),
                window,
                note,
                base,
                base.steppedUp(),
                window.minus(covered),
                cause);
    }

    static boolean attackStepUpRunsOn(List<StressPeriodDeclared> periods, LocalDate day) {
        return periods.stream()
                .anyMatch(period -> period.cause() == StressPeriodDeclared.Cause.FREQUENT_ATTACKS
                        && !period.window().to().isBefore(day));
    }

    /** The starting phase's cadence until its weeks are over, then maintenance. */
    private static Cadence cadenceOn(CarePlanAccepted accepted, Recommendation recommendation, LocalDate day) {
        Phase starting = accepted.phase();
        LocalDate maintenanceFrom = accepted.firstStart().toLocalDate().plusWeeks(starting.weeks());
        List<Phase> phases = recommendation.phases();
        return day.isBefore(maintenanceFrom)
                ? starting.cadence()
                : phases.get(phases.size() - 1).cadence();
    }
}

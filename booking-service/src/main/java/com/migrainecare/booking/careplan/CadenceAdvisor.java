package com.migrainecare.booking.careplan;

import com.migrainecare.booking.client.CareProfile;
import com.migrainecare.kernel.care.Intake;
import com.migrainecare.kernel.careplan.Phase;
import com.migrainecare.kernel.careplan.Recommendation;
import java.util.ArrayList;
import java.util.List;

/**
 * The cadence table applied to an intake: which row (chronic by rule 1, frequent, occasional), its phases, the
 * techniques, and a rationale that names the numbers it was decided on.
 */
final class CadenceAdvisor {

    static final String STARTING_PHASE = "STARTING";
    static final String MAINTENANCE = "MAINTENANCE";

    private CadenceAdvisor() {}

    static Recommendation recommend(CareProfile profile, CadenceProperties table) {
        Intake intake = profile.intake();
        List<String> rationale = new ArrayList<>();
        CadenceProperties.Tier tier = tierFor(intake, table, rationale);
        Phase start = new Phase(STARTING_PHASE, tier.start(), tier.sessionLength(), tier.weeks());
        Phase maintenance = new Phase(MAINTENANCE, tier.maintenance(), tier.sessionLength(), null);
        rationale.add("starting phase: " + start.cadence().describe() + ", " + minutes(start) + " minutes, for "
                + start.weeks() + " weeks (" + start.sessions() + " sessions); then "
                + maintenance.cadence().describe()
                + " to maintain");
        rationale.add("at least " + table.minimumGap().toHours() + " hours between two sessions");
        var techniques = TechniqueAdvisor.suggest(intake, profile.neckWorkCleared(), rationale);
        return new Recommendation(List.of(start, maintenance), techniques, rationale, table.version());
    }

    private static CadenceProperties.Tier tierFor(Intake intake, CadenceProperties table, List<String> rationale) {
        int days = intake.headacheDaysPerMonth();
        int months = intake.monthsWithPattern();
        if (intake.isChronicMigraine()) {
            rationale.add("chronic migraine: " + days + " headache days a month for " + months
                    + " months, more than 15 for at least 3");
            return table.chronic();
        }
        if (days > 15) {
            rationale.add(days + " headache days a month, but for " + months
                    + " months only: chronic needs more than 15 for at least 3 months, so the "
                    + table.frequentFromDays() + "-15 days row applies");
            return table.frequent();
        }
        if (days >= table.frequentFromDays()) {
            rationale.add("frequent headaches: " + days + " headache days a month, between " + table.frequentFromDays()
                    + " and 15");
            return table.frequent();
        }
        rationale.add(
                "occasional headaches: " + days + " headache days a month, fewer than " + table.frequentFromDays());
        return table.occasional();
    }

    private static long minutes(Phase phase) {
        return phase.sessionLength().toMinutes();
    }
}

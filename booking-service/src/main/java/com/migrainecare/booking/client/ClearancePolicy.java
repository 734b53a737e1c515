package com.migrainecare.booking.client;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.care.Contraindication;
import com.migrainecare.kernel.care.Intake;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.client.Clearance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * DOMAIN.md rule 2: a client with osteoporosis or a clotting disorder gets neck-focused work only with a
 * healthcare provider's clearance valid on the session date. Gentle techniques stay bookable; a manager
 * may override with a reason.
 */
public class ClearancePolicy {

    private Set<Contraindication> contraindications = EnumSet.noneOf(Contraindication.class);
    private final List<Clearance> clearances = new ArrayList<>();

    void intakeRecorded(Intake intake) {
        contraindications = intake.contraindications().isEmpty()
                ? EnumSet.noneOf(Contraindication.class)
                : EnumSet.copyOf(intake.contraindications());
    }

    void clearanceRecorded(Clearance clearance) {
        clearances.add(clearance);
    }

    /** A policy of its own with the same contraindications and clearances, which later events leave as it is. */
    ClearancePolicy copy() {
        ClearancePolicy copy = new ClearancePolicy();
        // a snapshot gives back the set as a plain set, which EnumSet.copyOf refuses when empty
        copy.contraindications = contraindications.isEmpty()
                ? EnumSet.noneOf(Contraindication.class)
                : EnumSet.copyOf(contraindications);
        copy.clearances.addAll(clearances);
        return copy;
    }

    /** Whether neck-focused work needs no override on {@code date}: nothing asks for a clearance, or one is valid. */
    boolean neckWorkAllowedOn(LocalDate date) {
        return contraindications.isEmpty() || clearances.stream().anyMatch(clearance -> clearance.coversDate(date));
    }

    /**
     * Refuses a session that needs a clearance the client lacks, unless an override reason is given.
     *
     * @return true when the session goes ahead on the strength of the override
     */
    boolean requireFor(Set<Technique> techniques, boolean includesNeck, LocalDate sessionDate, String override) {
        boolean neckWork = includesNeck && techniques.stream().anyMatch(Technique::isNeckFocused);
        if (!neckWork || contraindications.isEmpty()) {
            return false;
        }
        if (clearances.stream().anyMatch(clearance -> clearance.coversDate(sessionDate))) {
            return false;
        }
        if (override != null && !override.isBlank()) {
            return true;
        }
        throw new RuleViolation(
                ErrorCode.CLEARANCE_REQUIRED,
                "neck-focused work needs a healthcare provider's clearance (contraindications: " + contraindications
                        + "); book a gentle technique or record a clearance");
    }
}

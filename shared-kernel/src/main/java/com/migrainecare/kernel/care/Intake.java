package com.migrainecare.kernel.care;

import java.util.Objects;
import java.util.Set;

/**
 * What a therapist must understand before working: the headache pattern, where it hurts, what triggers it,
 * the treatment so far, lifestyle, and contraindications. Sensitive health data.
 */
public record Intake(
        int headacheDaysPerMonth,
        int monthsWithPattern,
        Set<PainArea> painAreas,
        Set<Trigger> triggers,
        TreatmentHistory treatmentHistory,
        Lifestyle lifestyle,
        Set<Contraindication> contraindications,
        String otherConditions) {

    public Intake {
        if (headacheDaysPerMonth < 0 || headacheDaysPerMonth > 31) {
            throw new IllegalArgumentException("headache days per month must be between 0 and 31");
        }
        if (monthsWithPattern < 0) {
            throw new IllegalArgumentException("months with the pattern cannot be negative");
        }
        painAreas = Set.copyOf(Objects.requireNonNullElse(painAreas, Set.of()));
        triggers = Set.copyOf(Objects.requireNonNullElse(triggers, Set.of()));
        contraindications = Set.copyOf(Objects.requireNonNullElse(contraindications, Set.of()));
    }

    /** The seeds' definition: more than 15 headache days a month for at least 3 months. */
    public boolean isChronicMigraine() {
        return headacheDaysPerMonth > 15 && monthsWithPattern >= 3;
    }

    /** Health data stays out of logs and error texts that print a command, an event or this record. */
    @Override
    public String toString() {
        return "Intake[content withheld]";
    }

    /** Medication, specialist care and earlier massage, as the client reports them. */
    public record TreatmentHistory(
            String medications, Boolean rescueMedication, Boolean neurologistCare, Boolean earlierMassage) {}

    /** Habits that feed into migraine: screens, sleep, hydration. */
    public record Lifestyle(Integer screenHoursPerDay, String sleepQuality, String hydrationHabits) {}
}

package com.migrainecare.booking.careplan;

import com.migrainecare.kernel.care.Contraindication;
import com.migrainecare.kernel.care.Intake;
import com.migrainecare.kernel.care.PainArea;
import com.migrainecare.kernel.care.Technique;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * DOMAIN.md's technique suggestions: suboccipital / neck pain to trigger point, myofascial release and deep
 * tissue; shoulders and upper back to petrissage; sensitivity at the temples, forehead or behind the eyes to
 * lymphatic drainage. Neck-focused work is left out while a contraindication lacks a valid clearance (rule 2).
 */
final class TechniqueAdvisor {

    private static final List<Technique> NECK_WORK =
            List.of(Technique.TRIGGER_POINT, Technique.MYOFASCIAL_RELEASE, Technique.DEEP_TISSUE);
    private static final List<Technique> GENTLE = List.of(Technique.EFFLEURAGE, Technique.LYMPHATIC_DRAINAGE);

    private TechniqueAdvisor() {}

    static List<Technique> suggest(Intake intake, boolean neckWorkCleared, List<String> rationale) {
        Set<PainArea> areas = intake.painAreas();
        Set<Technique> suggested = new LinkedHashSet<>();
        if (areas.contains(PainArea.SUBOCCIPITAL)
                || areas.contains(PainArea.NECK)
                || areas.contains(PainArea.ONE_SIDE)) {
            suggested.addAll(NECK_WORK);
            rationale.add("pain at the base of the skull, the neck or one side of the head: " + names(NECK_WORK));
        }
        if (areas.contains(PainArea.SHOULDERS) || areas.contains(PainArea.UPPER_BACK)) {
            suggested.add(Technique.PETRISSAGE);
            rationale.add("shoulder and upper-back tension: petrissage");
        }
        if (areas.contains(PainArea.TEMPLES)
                || areas.contains(PainArea.FOREHEAD)
                || areas.contains(PainArea.BEHIND_EYES)) {
            suggested.add(Technique.LYMPHATIC_DRAINAGE);
            rationale.add("sensitivity at the temples, forehead or behind the eyes: lymphatic drainage");
        }
        if (suggested.isEmpty()) {
            suggested.add(Technique.EFFLEURAGE);
            rationale.add("no pain area named: effleurage to begin with");
        }
        Set<Contraindication> conditions = intake.contraindications();
        if (!conditions.isEmpty()) {
            filterNeckWork(suggested, conditions, neckWorkCleared, rationale);
        }
        return List.copyOf(suggested);
    }

    private static void filterNeckWork(
            Set<Technique> suggested, Set<Contraindication> conditions, boolean cleared, List<String> rationale) {
        if (cleared) {
            rationale.add(
                    names(conditions) + " recorded, with a clearance valid today: neck-focused work may go ahead");
            return;
        }
        Set<Technique> left = new LinkedHashSet<>();
        suggested.stream().filter(Technique::isNeckFocused).forEach(left::add);
        suggested.removeAll(left);
        if (suggested.isEmpty()) {
            suggested.addAll(GENTLE);
        }
        rationale.add(names(conditions) + " recorded and no clearance valid today: "
                + (left.isEmpty() ? "no neck-focused work suggested" : names(left) + " left out")
                + " until a healthcare provider clears neck work; " + names(suggested) + " instead");
    }

    private static String names(Collection<? extends Enum<?>> values) {
        return values.stream()
                .map(value -> value.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
    }
}

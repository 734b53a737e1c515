package com.migrainecare.booking.careplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrainecare.booking.client.CareProfile;
import com.migrainecare.kernel.care.Contraindication;
import com.migrainecare.kernel.care.Intake;
import com.migrainecare.kernel.care.PainArea;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.careplan.Cadence;
import com.migrainecare.kernel.careplan.Phase;
import com.migrainecare.kernel.careplan.Recommendation;
import com.migrainecare.kernel.ids.ClientId;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cadence table of DOMAIN.md, row by row, with the numbers each rationale must name. */
class CadenceAdvisorTest {

    private static final CadenceProperties TABLE = CadenceProperties.defaults();
    private static final Set<PainArea> NECK = Set.of(PainArea.SUBOCCIPITAL, PainArea.NECK);

    @Test
    void chronicMigraineStartsTwiceAWeekThenWeekly() {
        Recommendation advice = recommend(18, 4, NECK, Set.of(), true);
        assertThat(advice.phases())
                .containsExactly(
                        new Phase("STARTING", Cadence.perWeek(2), Duration.ofMinutes(45), 6),
                        new Phase("MAINTENANCE", Cadence.everyWeeks(1), Duration.ofMinutes(45), null));
        assertThat(advice.startingPhase().sessions()).isEqualTo(12);
        assertThat(advice.rationale())
                .contains("chronic migraine: 18 headache days a month for 4 months, more than 15 for at least 3")
                .contains("starting phase: 2 sessions a week, 45 minutes, for 6 weeks (12 sessions); then weekly"
                        + " to maintain")
                .contains("at least 48 hours between two sessions");
        assertThat(advice.tableVersion()).isEqualTo("1");
    }

    @Test
    void moreThanFifteenDaysForUnderThreeMonthsIsNotChronicYet() {
        Recommendation advice = recommend(18, 2, NECK, Set.of(), true);
        assertThat(advice.startingPhase().cadence()).isEqualTo(Cadence.everyWeeks(1));
        assertThat(advice.rationale().get(0))
                .isEqualTo("18 headache days a month, but for 2 months only: chronic needs more than 15 for at least"
                        + " 3 months, so the 8-15 days row applies");
    }

    @Test
    void fifteenDaysForMonthsIsFrequentNotChronic() {
        Recommendation advice = recommend(15, 12, NECK, Set.of(), true);
        assertThat(advice.phases())
                .containsExactly(
                        new Phase("STARTING", Cadence.everyWeeks(1), Duration.ofMinutes(45), 6),
                        new Phase("MAINTENANCE", Cadence.everyWeeks(2), Duration.ofMinutes(45), null));
        assertThat(advice.rationale()).contains("frequent headaches: 15 headache days a month, between 8 and 15");
    }

    @Test
    void eightDaysIsFrequent() {
        assertThat(recommend(8, 1, NECK, Set.of(), true).rationale())
                .contains("frequent headaches: 8 headache days a month, between 8 and 15");
    }

    @Test
    void fewerThanEightDaysIsEveryTwoWeeksOfAnHour() {
        Recommendation advice = recommend(7, 6, NECK, Set.of(), true);
        assertThat(advice.phases())
                .containsExactly(
                        new Phase("STARTING", Cadence.everyWeeks(2), Duration.ofMinutes(60), 6),
                        new Phase("MAINTENANCE", Cadence.everyWeeks(4), Duration.ofMinutes(60), null));
        assertThat(advice.rationale())
                .contains("occasional headaches: 7 headache days a month, fewer than 8")
                .contains("starting phase: every 2 weeks, 60 minutes, for 6 weeks (3 sessions); then every 4 weeks"
                        + " to maintain");
    }

    @Test
    void painAreasChooseTheTechniques() {
        assertThat(recommend(10, 3, NECK, Set.of(), true).techniques())
                .containsExactly(Technique.TRIGGER_POINT, Technique.MYOFASCIAL_RELEASE, Technique.DEEP_TISSUE);
        assertThat(recommend(10, 3, Set.of(PainArea.SHOULDERS, PainArea.TEMPLES), Set.of(), true)
                        .techniques())
                .containsExactly(Technique.PETRISSAGE, Technique.LYMPHATIC_DRAINAGE);
        assertThat(recommend(10, 3, Set.of(), Set.of(), true).techniques()).containsExactly(Technique.EFFLEURAGE);
    }

    @Test
    void contraindicationWithoutClearanceLeavesNeckWorkOut() {
        Recommendation advice = recommend(18, 4, NECK, Set.of(Contraindication.OSTEOPOROSIS), false);
        assertThat(advice.techniques()).containsExactly(Technique.EFFLEURAGE, Technique.LYMPHATIC_DRAINAGE);
        assertThat(advice.rationale())
                .contains("osteoporosis recorded and no clearance valid today: trigger point, myofascial release,"
                        + " deep tissue left out until a healthcare provider clears neck work; effleurage,"
                        + " lymphatic drainage instead");
    }

    @Test
    void clearanceKeepsNeckWork() {
        Recommendation advice = recommend(18, 4, NECK, Set.of(Contraindication.BLOOD_CLOTTING_DISORDER), true);
        assertThat(advice.techniques()).contains(Technique.TRIGGER_POINT);
        assertThat(advice.rationale())
                .contains("blood clotting disorder recorded, with a clearance valid today: neck-focused work may go"
                        + " ahead");
    }

    @Test
    void theTableIsConfigurationAndItsVersionIsRecorded() {
        CadenceProperties chainTable = new CadenceProperties(
                "chain-7",
                null,
                null,
                new CadenceProperties.Tier(Cadence.perWeek(3), Duration.ofMinutes(30), 5, Cadence.perWeek(2)),
                null,
                null);
        Recommendation advice = CadenceAdvisor.recommend(profile(20, 6, NECK, Set.of(), true), chainTable);
        assertThat(advice.tableVersion()).isEqualTo("chain-7");
        assertThat(advice.startingPhase())
                .isEqualTo(new Phase("STARTING", Cadence.perWeek(3), Duration.ofMinutes(30), 5));
    }

    private static Recommendation recommend(
            int days, int months, Set<PainArea> areas, Set<Contraindication> conditions, boolean cleared) {
        return CadenceAdvisor.recommend(profile(days, months, areas, conditions, cleared), TABLE);
    }

    static CareProfile profile(
            int days, int months, Set<PainArea> areas, Set<Contraindication> conditions, boolean cleared) {
        return new CareProfile(
                new ClientId("client-mara"),
                new Intake(days, months, areas, Set.of(), null, null, conditions, null),
                cleared);
    }
}

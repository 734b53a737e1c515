package com.migrainecare.kernel.care;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrainecare.kernel.client.Clearance;
import com.migrainecare.kernel.client.ClientCommand.RecordIntake;
import com.migrainecare.kernel.ids.ClientId;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IntakeTest {

    @Test
    void aPrintedIntakeCommandShowsNoHealthData() {
        Intake intake = new Intake(
                17,
                4,
                Set.of(PainArea.BEHIND_EYES),
                Set.of(Trigger.HORMONAL),
                new Intake.TreatmentHistory("sumatriptan", true, true, false),
                new Intake.Lifestyle(9, "poor", "rarely drinks"),
                Set.of(Contraindication.BLOOD_CLOTTING_DISORDER),
                "takes warfarin");

        String printed = new RecordIntake(new ClientId("client-1"), intake).toString();

        assertThat(printed)
                .contains("client-1")
                .doesNotContain("sumatriptan", "warfarin", "BEHIND_EYES", "HORMONAL", "BLOOD_CLOTTING", "poor", "17");
    }

    @Test
    void aPrintedClearanceNamesOnlyItsId() {
        Clearance clearance =
                new Clearance("clearance-1", "Dr. Example", LocalDate.of(2026, 1, 5), null, "anticoagulants stopped");

        assertThat(clearance.toString()).contains("clearance-1").doesNotContain("Dr. Example", "anticoagulants");
    }
}

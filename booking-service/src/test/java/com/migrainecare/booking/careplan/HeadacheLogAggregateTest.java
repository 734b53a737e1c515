package com.migrainecare.booking.careplan;

import static com.migrainecare.booking.careplan.CarePlanAggregateTest.refusedWith;

import com.migrainecare.booking.client.CareProfiles;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.careplan.HeadacheLogCommand.LogHeadache;
import com.migrainecare.kernel.careplan.HeadacheLogEvent.HeadacheLogged;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.HeadacheLogId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A month of a client's headache diary. */
class HeadacheLogAggregateTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    private static final ClientId MARA = new ClientId("client-mara");
    private static final HeadacheLogId MONTH = HeadacheLogId.of(MARA, YearMonth.from(TODAY));

    private FixtureConfiguration<HeadacheLog> fixture;
    private RuleViolation refusal;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(HeadacheLog.class);
        fixture.registerInjectableResource((CareProfiles) (client, date) -> {
            if (refusal != null) {
                throw refusal;
            }
            return CadenceAdvisorTest.profile(10, 3, java.util.Set.of(), java.util.Set.of(), true);
        });
    }

    @Test
    void canLogHeadache() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new LogHeadache(MONTH, MARA, TODAY, 6, "after a long screen day"))
                .expectEvents(new HeadacheLogged(MONTH, MARA, TODAY, 6, "after a long screen day"));
    }

    @Test
    void canLogHeadacheWithoutIntake() {
        refusal = new RuleViolation(ErrorCode.INTAKE_REQUIRED, "no intake");
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new LogHeadache(MONTH, MARA, TODAY, null, null))
                .expectEvents(new HeadacheLogged(MONTH, MARA, TODAY, null, null));
    }

    @Test
    void cannotLogHeadacheForUnknownClient() {
        refusal = new RuleViolation(ErrorCode.CLIENT_NOT_FOUND, "no such client");
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new LogHeadache(MONTH, MARA, TODAY, null, null))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.CLIENT_NOT_FOUND));
    }

    @Test
    void cannotLogHeadacheDaysAhead() {
        LocalDate later = TODAY.plusDays(2);
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new LogHeadache(HeadacheLogId.of(MARA, YearMonth.from(later)), MARA, later, null, null))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.INVALID_REQUEST));
    }

    @Test
    void cannotLogHeadacheInAnotherMonthsLog() {
        LocalDate lastMonth = TODAY.minusMonths(1);
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new LogHeadache(MONTH, MARA, lastMonth, null, null))
                .expectNoEvents()
                .expectException(refusedWith(ErrorCode.INVALID_REQUEST));
    }
}

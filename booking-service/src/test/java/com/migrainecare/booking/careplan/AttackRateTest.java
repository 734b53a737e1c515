package com.migrainecare.booking.careplan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Attacks coming often: the last 14 days against the intake's baseline scaled to 14 days. */
class AttackRateTest {

    @Test
    void thirtyPercentAboveTheScaledBaselineStepsUp() {
        // 10 a month is 4.7 in 14 days; 30 % above is 6.1
        assertThat(new AttackRate(10, 6).stepsUp()).isFalse();
        assertThat(new AttackRate(10, 7).stepsUp()).isTrue();
        assertThat(new AttackRate(10, 7).describe())
                .isEqualTo("attacks coming often: 7 headache days logged in the last 14 days, against a baseline of"
                        + " 4.7 (10 a month scaled to 14 days): 50 % above it, the step up begins at 30 %");
    }

    @Test
    void withNoBaselineAnyHeadacheDayIsAbove() {
        assertThat(new AttackRate(0, 0).stepsUp()).isFalse();
        assertThat(new AttackRate(0, 1).stepsUp()).isTrue();
    }
}

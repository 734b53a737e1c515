package com.migrainecare.kernel.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.migrainecare.kernel.chain.CancellationPolicy;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WallClockTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Test
    void rejectsTimeInSpringForwardGap() {
        assertThatThrownBy(() -> WallClock.resolve(LocalDateTime.parse("2026-03-29T02:30"), BERLIN))
                .isInstanceOf(WallClock.NonexistentLocalTimeException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void takesEarlierOffsetInFallBackOverlap() {
        Instant resolved = WallClock.resolve(LocalDateTime.parse("2026-11-01T01:30"), CHICAGO);
        assertThat(resolved).isEqualTo(Instant.parse("2026-11-01T06:30:00Z"));
    }

    @Test
    void readsOrdinaryTimeInTheZone() {
        assertThat(WallClock.resolve(LocalDateTime.parse("2026-12-01T10:00"), BERLIN))
                .isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
    }

    @Test
    void freeCancellationDeadlineKeepsWallClockAcrossDstChange() {
        // 10:00 on the Sunday the clocks go back; the deadline is 10:00 on Saturday, 25 real hours earlier
        Instant start = Instant.parse("2026-10-25T09:00:00Z");
        Instant deadline = CancellationPolicy.STANDARD.freeCancellationDeadline(start, BERLIN);
        assertThat(deadline).isEqualTo(Instant.parse("2026-10-24T08:00:00Z"));
    }

    @Test
    void halfOpenSlotsTouchingEndToStartDoNotOverlap() {
        TimeSlot first = new TimeSlot(Instant.parse("2026-12-01T09:00:00Z"), Instant.parse("2026-12-01T10:00:00Z"));
        TimeSlot second = new TimeSlot(Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-01T11:00:00Z"));
        TimeSlot straddling =
                new TimeSlot(Instant.parse("2026-12-01T09:59:00Z"), Instant.parse("2026-12-01T10:30:00Z"));
        assertThat(first.overlaps(second)).isFalse();
        assertThat(second.overlaps(first)).isFalse();
        assertThat(straddling.overlaps(first)).isTrue();
        assertThat(straddling.overlaps(second)).isTrue();
    }

    @Test
    void slotMustEndAfterItStarts() {
        Instant t = Instant.parse("2026-12-01T09:00:00Z");
        assertThatThrownBy(() -> new TimeSlot(t, t)).isInstanceOf(IllegalArgumentException.class);
    }
}

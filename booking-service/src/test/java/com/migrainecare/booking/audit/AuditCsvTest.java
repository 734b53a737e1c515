package com.migrainecare.booking.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void matchesTheGoldenFile() throws IOException {
        Instant at = Instant.parse("2026-03-01T09:15:30.123Z");
        Stream<AuditEntry> entries = Stream.of(
                entry(1, at, "SessionBooked", "desk", "new client, referred by \"Dr. Weiss\"", "booked EFFLEURAGE"),
                entry(2, at.plusSeconds(60), "SessionRescheduled", "manager", "line one\nline two", "moved"),
                entry(3, at.plusSeconds(120), "SessionCancelled", "desk", "=SUM(A1:A9)", "cancelled"),
                entry(4, at.plusSeconds(180), "SessionCancelled", "@admin", "+1 call back", "-2 sessions"),
                entry(5, at.plusSeconds(240), "IntakeRecorded", "desk", null, "intake recorded"));
        StringWriter out = new StringWriter();

        long rows = AuditCsv.write(entries, out);

        assertThat(rows).isEqualTo(5);
        assertThat(out.toString()).isEqualTo(golden());
    }

    private static AuditEntry entry(long seq, Instant at, String type, String actor, String reason, String summary) {
        return new AuditEntry(
                seq,
                "event-" + seq,
                type,
                "booking-1",
                seq - 1,
                at,
                actor,
                reason,
                "req-" + seq,
                "corr-" + seq,
                List.of("location-1"),
                List.of("therapist-1", "therapist-2"),
                List.of("client-1"),
                List.of("booking-1"),
                List.of(),
                summary,
                List.of());
    }

    private static String golden() throws IOException {
        try (InputStream in = AuditCsvTest.class.getResourceAsStream("/audit/events-golden.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package com.migrainecare.booking.audit;

import com.migrainecare.booking.web.PageResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log, as JSON pages and as CSV; for admins and managers
 * (every location for now: scoping a manager to their locations comes with access control beyond roles).
 */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
public class AuditController {

    private final AuditQueries queries;

    AuditController(AuditQueries queries) {
        this.queries = queries;
    }

    /** The query parameters of the log, as bound from the request. */
    public record Params(
            String locationId,
            String therapistId,
            String clientId,
            String bookingId,
            String roomId,
            String actor,
            String type,
            @DateTimeFormat(iso = ISO.DATE_TIME) Instant from,
            @DateTimeFormat(iso = ISO.DATE_TIME) Instant to,
            @DateTimeFormat(iso = ISO.DATE_TIME) Instant asOf) {

        AuditFilter filter() {
            return new AuditFilter(locationId, therapistId, clientId, bookingId, roomId, actor, type, from, to, asOf);
        }
    }

    @GetMapping("/events")
    PageResponse<AuditEntry> events(
            @ModelAttribute Params params,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageResponse.validate(page, size);
        AuditQueries.Page result = queries.page(params.filter(), page, size);
        return PageResponse.of(result.content(), page, size, result.total());
    }

    @GetMapping("/events.csv")
    void csv(@ModelAttribute Params params, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-events.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (Stream<AuditEntry> entries = queries.stream(params.filter())) {
            AuditCsv.write(entries, out);
        }
    }
}

package com.migrainecare.notification.delivery;

import com.migrainecare.kernel.ids.Ids;
import com.migrainecare.platform.access.Narrowing;
import com.migrainecare.platform.access.Scopes;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.data.domain.Range;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/deliveries}: what was handed to a channel, oldest first, with the channels' receipts. */
@RestController
class DeliveryController {

    private static final Instant FAR_FUTURE = Instant.parse("9999-12-31T23:59:59Z");

    private final Deliveries deliveries;
    private final Scopes scopes;

    DeliveryController(Deliveries deliveries, Scopes scopes) {
        this.deliveries = deliveries;
        this.scopes = scopes;
    }

    /** {@code from} is inclusive, {@code to} exclusive; both are offset date-times. */
    @GetMapping("/api/deliveries")
    List<Delivery> list(
            @RequestParam(required = false) @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String clientId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to) {
        Range<Instant> period = Range.of(
                Range.Bound.inclusive(from == null ? Instant.EPOCH : from.toInstant()),
                Range.Bound.exclusive(to == null ? FAR_FUTURE : to.toInstant()));
        return deliveries.visible(Narrowing.of(scopes.current()), clientId, period);
    }
}

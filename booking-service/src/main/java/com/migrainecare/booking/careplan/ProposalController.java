package com.migrainecare.booking.careplan;

import com.migrainecare.booking.booking.BookingController;
import com.migrainecare.booking.booking.BookingController.BookingResponse;
import com.migrainecare.booking.booking.BookingController.ReasonBody;
import com.migrainecare.booking.booking.BookingState;
import com.migrainecare.booking.web.IfMatch;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.Ids;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The extra sessions a care plan proposed, over HTTP: accept or decline one while its hold lasts. */
@RestController
@RequestMapping("/api/clients/{clientId}/care-plan/proposals/{bookingId}")
public class ProposalController {

    private final ProposalDecisions decisions;

    public ProposalController(ProposalDecisions decisions) {
        this.decisions = decisions;
    }

    @PostMapping("/accept")
    ResponseEntity<BookingResponse> accept(
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String clientId,
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String bookingId,
            @RequestHeader(value = "If-Match", required = false) @Size(max = 40) String ifMatch,
            @Valid @RequestBody(required = false) ReasonBody body) {
        return answer(decisions.accept(
                new ClientId(clientId), new BookingId(bookingId), IfMatch.version(ifMatch), reason(body)));
    }

    @PostMapping("/decline")
    ResponseEntity<BookingResponse> decline(
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String clientId,
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String bookingId,
            @RequestHeader(value = "If-Match", required = false) @Size(max = 40) String ifMatch,
            @Valid @RequestBody(required = false) ReasonBody body) {
        return answer(decisions.decline(
                new ClientId(clientId), new BookingId(bookingId), IfMatch.version(ifMatch), reason(body)));
    }

    private static ResponseEntity<BookingResponse> answer(BookingState state) {
        return ResponseEntity.ok().eTag(IfMatch.etag(state.version())).body(BookingController.fromState(state));
    }

    private static String reason(ReasonBody body) {
        return body == null ? null : body.reason();
    }
}

package com.migrainecare.booking.careplan;

import com.migrainecare.booking.booking.BookingService;
import com.migrainecare.booking.booking.BookingState;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import org.springframework.stereotype.Service;

/**
 * The client's answer to a proposed extra session: accepting confirms the tentative booking (from then on it
 * gets reminders like any other), declining gives its time back. Either works only while the hold lasts.
 */
@Service
public class ProposalDecisions {

    private final BookingService bookings;

    public ProposalDecisions(BookingService bookings) {
        this.bookings = bookings;
    }

    public BookingState accept(ClientId client, BookingId proposal, Long expectedVersion, String reason) {
        ensureProposalOf(client, proposal);
        return bookings.confirmHold(proposal, expectedVersion, reason);
    }

    public BookingState decline(ClientId client, BookingId proposal, Long expectedVersion, String reason) {
        ensureProposalOf(client, proposal);
        return bookings.declineHold(proposal, expectedVersion, reason);
    }

    /** Only a booking that began as a hold for this client is one of the client's proposals. */
    private void ensureProposalOf(ClientId client, BookingId proposal) {
        BookingState current;
        try {
            current = bookings.current(proposal);
        } catch (RuleViolation missing) {
            throw notFound(proposal);
        }
        if (!current.clientId().equals(client) || current.holdUntil() == null) {
            throw notFound(proposal);
        }
    }

    private static RuleViolation notFound(BookingId proposal) {
        return new RuleViolation(
                ErrorCode.PROPOSAL_NOT_FOUND, "the client has no proposed session " + proposal.value());
    }
}

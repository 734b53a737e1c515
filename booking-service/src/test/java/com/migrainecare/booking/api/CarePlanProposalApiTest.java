package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * The extra sessions of a high-stress period over HTTP: each is a tentative booking that holds its time (nobody
 * else can book it) until the client accepts it, which confirms it, or declines it, which frees it.
 */
class CarePlanProposalApiTest extends ApiTestSupport {

    @Test
    void proposedSessionHoldsItsSlotUntilAccepted() {
        Chain chain = chain("Europe/Berlin");
        Map<String, Object> proposal = proposedExtraSession(chain);
        String booking = proposal.get("bookingId").toString();
        eventually(() -> assertThat(call(HttpMethod.GET, "desk", "/api/bookings/" + booking, null)
                        .getBody())
                .containsEntry("status", "TENTATIVE"));

        String other = client();
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, other, start(proposal))),
                409,
                "THERAPIST_UNAVAILABLE");
        assertProblem(
                call(HttpMethod.POST, "desk", proposalPath(other, booking, "accept"), null), 404, "PROPOSAL_NOT_FOUND");
        assertProblem(
                call(HttpMethod.POST, "desk", proposalPath(chain.client(), "no-such-booking", "accept"), null),
                404,
                "PROPOSAL_NOT_FOUND");

        var accepted = call(
                HttpMethod.POST,
                "desk",
                proposalPath(chain.client(), booking, "accept"),
                Map.of("reason", "yes please"));
        assertThat(accepted.getStatusCode()).as("body: %s", accepted.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(accepted.getBody()).containsEntry("status", "CONFIRMED").containsEntry("id", booking);
        assertProblem(
                call(HttpMethod.POST, "desk", proposalPath(chain.client(), booking, "accept"), null),
                409,
                "INVALID_STATE_TRANSITION");
        eventually(() -> assertThat(call(HttpMethod.GET, "desk", "/api/bookings/" + booking, null)
                        .getBody())
                .containsEntry("status", "CONFIRMED"));
    }

    @Test
    void declinedProposalFreesItsSlot() {
        Chain chain = chain("Europe/Berlin");
        Map<String, Object> proposal = proposedExtraSession(chain);
        String booking = proposal.get("bookingId").toString();

        var declined = call(HttpMethod.POST, "desk", proposalPath(chain.client(), booking, "decline"), null);
        assertThat(declined.getStatusCode()).as("body: %s", declined.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(declined.getBody()).containsEntry("status", "DECLINED");

        created(call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, client(), start(proposal))));
        assertProblem(
                call(HttpMethod.POST, "desk", proposalPath(chain.client(), booking, "accept"), null),
                409,
                "BOOKING_ALREADY_CLOSED");
    }

    private static String start(Map<String, Object> proposal) {
        return proposal.get("start").toString();
    }

    private static String proposalPath(String client, String booking, String decision) {
        return "/api/clients/" + client + "/care-plan/proposals/" + booking + "/" + decision;
    }
}

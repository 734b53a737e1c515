package com.migrainecare.booking.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrainecare.booking.booking.HoldSweeper;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.chain.TherapistCommand.ReserveTherapist;
import com.migrainecare.kernel.chain.TravelBuffers;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.TimeSlot;
import com.migrainecare.platform.axon.Commands;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;

/** A reservation left behind by a request that died half-way is given back; a booked one is kept. */
class HoldSweeperTest extends ApiTestSupport {

    @Autowired
    private HoldSweeper sweeper;

    @Autowired
    private Commands commands;

    @Autowired
    private MongoTemplate mongo;

    @Test
    void releasesReservationsNoBookingUses() {
        Chain chain = chain("Europe/Berlin");
        BookingId orphan = BookingId.random();
        TimeSlot slot = new TimeSlot(Instant.parse("2030-12-02T09:00:00Z"), Instant.parse("2030-12-02T09:45:00Z"));
        // the first step of a booking request, after which its process stopped
        commands.send(new ReserveTherapist(
                new TherapistId(chain.therapist()),
                orphan,
                new LocationId(chain.location()),
                slot,
                Set.of(Technique.TRIGGER_POINT),
                TravelBuffers.DEFAULT));
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, chain.client(), "2030-12-02T10:00")),
                409,
                "THERAPIST_UNAVAILABLE");
        String booked = created(call(
                        HttpMethod.POST,
                        "desk",
                        "/api/bookings",
                        bookingBody(chain, chain.client(), "2030-12-02T12:00")))
                .get("id")
                .toString();
        String cancelled = created(call(
                        HttpMethod.POST,
                        "desk",
                        "/api/bookings",
                        bookingBody(chain, chain.client(), "2030-12-02T14:00")))
                .get("id")
                .toString();
        assertThat(call(HttpMethod.POST, "desk", "/api/bookings/" + cancelled + "/cancel", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);

        assertThat(sweeper.sweep(Instant.now())).as("nothing is old enough yet").isZero();
        assertThat(sweeper.sweep(Instant.now().plus(Duration.ofMinutes(3))))
                .as("only the orphan: the booking keeps its slots, the cancellation already gave its back")
                .isEqualTo(1);
        assertThat(sweeper.sweep(Instant.now().plus(Duration.ofMinutes(4))))
                .as("idempotent")
                .isZero();

        created(call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, chain.client(), "2030-12-02T10:00")));
        assertProblem(
                call(HttpMethod.POST, "desk", "/api/bookings", bookingBody(chain, client(), "2030-12-02T12:00")),
                409,
                "THERAPIST_UNAVAILABLE");
    }
}

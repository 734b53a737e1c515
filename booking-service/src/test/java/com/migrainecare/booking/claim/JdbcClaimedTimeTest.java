package com.migrainecare.booking.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The claims table's overlap search on the migrated schema, at the edges of its bounded index range; and the time
 * held for offers, as the availability search reads it.
 */
class JdbcClaimedTimeTest {

    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");
    private static final Resource ROOM = Resource.of(new RoomId("room-1"));
    private static final LocationId LOCATION = new LocationId("location-1");

    private JdbcClaimedTime claims;

    @BeforeEach
    void migratedDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:claims-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).load().migrate();
        claims = new JdbcClaimedTime(new JdbcTemplate(dataSource));
    }

    @Test
    void findsTheLongestClaimThatStartedBeforeTheWindow() {
        BookingId longest = claim(NOON.minus(Claim.LONGEST).plusSeconds(60), Claim.LONGEST);

        assertThat(bookingsOverlapping(NOON, Duration.ofMinutes(30))).containsExactly(longest);
    }

    @Test
    void findsAClaimStartingInsideTheWindow() {
        BookingId inside = claim(NOON.plus(Duration.ofMinutes(15)), Duration.ofMinutes(60));

        assertThat(bookingsOverlapping(NOON, Duration.ofMinutes(30))).containsExactly(inside);
    }

    @Test
    void ignoresBackToBackAndEarlierClaims() {
        claim(NOON.minus(Duration.ofMinutes(60)), Duration.ofMinutes(60));
        claim(NOON.plus(Duration.ofMinutes(30)), Duration.ofMinutes(60));
        claim(NOON.minus(Duration.ofDays(400)), Duration.ofMinutes(60));

        assertThat(bookingsOverlapping(NOON, Duration.ofMinutes(30))).isEmpty();
    }

    @Test
    void leavesOutTheBookingThatAsks() {
        BookingId own = claim(NOON, Duration.ofMinutes(45));

        assertThat(claims.overlapping(ROOM, TimeSlot.of(NOON, Duration.ofMinutes(30)), own))
                .isEmpty();
    }

    @Test
    void cannotClaimLongerThanTheLongestClaim() {
        Claim tooLong = new Claim(ROOM, BookingId.random(), LOCATION, TimeSlot.of(NOON, Claim.LONGEST.plusMinutes(1)));

        assertThatThrownBy(() -> claims.claim(List.of(tooLong))).isInstanceOf(IllegalArgumentException.class);
        assertThat(bookingsOverlapping(NOON, Duration.ofMinutes(30))).isEmpty();
    }

    @Test
    void heldTimeIsFoundByItsWindowUntilReleasedOrTakenUp() {
        HeldTime held = new HeldTime(claims);
        BookingId offer = BookingId.random();
        ClientId client = new ClientId("client-1");
        TherapistId therapist = new TherapistId("therapist-1");
        held.hold(offer, client, therapist, LOCATION, new RoomId("room-1"), TimeSlot.of(NOON, Duration.ofMinutes(45)));
        claim(NOON.plus(Duration.ofHours(1)), Duration.ofMinutes(45));

        assertThat(held.overlapping(TimeSlot.of(NOON.plus(Duration.ofMinutes(30)), Duration.ofHours(2))))
                .as("the hold's claims only, not the booking's")
                .extracting(Claim::resource)
                .containsExactlyInAnyOrder(ROOM, Resource.of(therapist), Resource.of(client));
        assertThat(held.overlapping(TimeSlot.of(NOON.plus(Duration.ofMinutes(45)), Duration.ofHours(1))))
                .as("back to back")
                .isEmpty();

        held.release(offer);
        assertThat(held.overlapping(TimeSlot.of(NOON, Duration.ofHours(2)))).isEmpty();

        held.hold(offer, client, therapist, LOCATION, new RoomId("room-1"), TimeSlot.of(NOON, Duration.ofMinutes(45)));
        held.takenUp(offer);
        assertThat(held.overlapping(TimeSlot.of(NOON, Duration.ofHours(2)))).isEmpty();
        assertThat(bookingsOverlapping(NOON, Duration.ofMinutes(30)))
                .as("taken up, the time stays claimed")
                .containsExactly(offer);
    }

    private BookingId claim(Instant start, Duration length) {
        BookingId booking = BookingId.random();
        claims.claim(List.of(new Claim(ROOM, booking, LOCATION, TimeSlot.of(start, length))));
        return booking;
    }

    private List<BookingId> bookingsOverlapping(Instant start, Duration length) {
        return claims.overlapping(ROOM, TimeSlot.of(start, length), null).stream()
                .map(Claim::bookingId)
                .toList();
    }
}

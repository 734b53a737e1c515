package com.migrainecare.booking.claim;

import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@link ClaimedTime} on the {@code booking_resource} and {@code claimed_time} tables. */
@Repository
public class JdbcClaimedTime implements ClaimedTime {

    private final JdbcTemplate jdbc;

    public JdbcClaimedTime(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void lock(Resource resource) {
        // SELECT ... FOR UPDATE takes the row lock on H2 and PostgreSQL alike and waits while another transaction
        // holds it; unlike an UPDATE it writes nothing, so the lock costs the commit no page of its own
        List<String> locked = jdbc.queryForList(
                "SELECT resource_id FROM booking_resource WHERE resource_id = ? FOR UPDATE",
                String.class,
                resource.key());
        if (locked.isEmpty()) {
            add(resource);
        }
    }

    /** Adds the resource's row (and so holds its lock); losing a race to add it means: try the command again. */
    void add(Resource resource) {
        try {
            jdbc.update("INSERT INTO booking_resource (resource_id) VALUES (?)", resource.key());
        } catch (DuplicateKeyException raced) {
            throw new ConcurrencyException("another request added " + resource.key() + " at the same time", raced);
        }
    }

    /** Adds the resource's row unless it exists: for the projection, which may see a resource twice. */
    void register(Resource resource) {
        if (!known(resource)) {
            add(resource);
        }
    }

    @Override
    public boolean known(Resource resource) {
        Integer rows = jdbc.queryForObject(
                "SELECT COUNT(*) FROM booking_resource WHERE resource_id = ?", Integer.class, resource.key());
        return rows != null && rows > 0;
    }

    /**
     * Reads the claims that start in the window widened by {@link Claim#LONGEST} at its front: a range of the
     * unique {@code (resource_id, starts_at)} index, so the cost is that of the window, not of the resource's
     * whole history.
     */
    @Override
    public List<Claim> overlapping(Resource resource, TimeSlot window, BookingId except) {
        return jdbc
                .query(
                        """
                        SELECT booking_id, location_id, starts_at, ends_at FROM claimed_time
                        WHERE resource_id = ? AND starts_at >= ? AND starts_at < ? AND ends_at > ?""",
                        (row, n) -> new Claim(
                                resource,
                                new BookingId(row.getString(1)),
                                new LocationId(row.getString(2)),
                                new TimeSlot(
                                        instant(row.getObject(3, OffsetDateTime.class)),
                                        instant(row.getObject(4, OffsetDateTime.class)))),
                        resource.key(),
                        utc(window.start().minus(Claim.LONGEST)),
                        utc(window.end()),
                        utc(window.start()))
                .stream()
                .filter(claim -> !claim.bookingId().equals(except))
                .toList();
    }

    void claim(Collection<Claim> claims) {
        for (Claim claim : claims) {
            if (claim.slot().duration().compareTo(Claim.LONGEST) > 0) {
                throw new IllegalArgumentException("a claim lasts at most " + Claim.LONGEST + ": " + claim);
            }
            jdbc.update(
                    "INSERT INTO claimed_time (resource_id, booking_id, location_id, starts_at, ends_at) VALUES (?, ?, ?, ?, ?)",
                    claim.resource().key(),
                    claim.bookingId().value(),
                    claim.locationId().value(),
                    utc(claim.slot().start()),
                    utc(claim.slot().end()));
        }
    }

    /** Names the claims of {@code booking} as held for an offer, over {@code slot}. */
    void markHeld(BookingId booking, TimeSlot slot) {
        forgetHeld(booking);
        jdbc.update(
                "INSERT INTO held_time (booking_id, starts_at, ends_at) VALUES (?, ?, ?)",
                booking.value(),
                utc(slot.start()),
                utc(slot.end()));
    }

    void forgetHeld(BookingId booking) {
        jdbc.update("DELETE FROM held_time WHERE booking_id = ?", booking.value());
    }

    /** The claims held for offers (not booked) that overlap {@code window}, of every resource. */
    List<Claim> heldOverlapping(TimeSlot window) {
        return jdbc.query(
                """
                SELECT c.resource_id, c.booking_id, c.location_id, c.starts_at, c.ends_at
                FROM held_time h JOIN claimed_time c ON c.booking_id = h.booking_id
                WHERE h.starts_at < ? AND h.ends_at > ?""",
                (row, n) -> new Claim(
                        Resource.parse(row.getString(1)),
                        new BookingId(row.getString(2)),
                        new LocationId(row.getString(3)),
                        new TimeSlot(
                                instant(row.getObject(4, OffsetDateTime.class)),
                                instant(row.getObject(5, OffsetDateTime.class)))),
                utc(window.end()),
                utc(window.start()));
    }

    void release(BookingId booking) {
        jdbc.update("DELETE FROM claimed_time WHERE booking_id = ?", booking.value());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time.toInstant();
    }
}

package com.migrainecare.booking.claim;

import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.time.TimeSlot;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ClaimedTime} in memory, for aggregate tests: the claims a test gives it, read with the same half-open
 * overlap as the claims table, and a log of every lock taken and every read made, in order.
 */
public final class FakeClaimedTime implements ClaimedTime {

    private final List<Claim> claims = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();

    /** Records that {@code booking} holds {@code resource} at {@code location} for {@code slot}. */
    public FakeClaimedTime claimed(Resource resource, BookingId booking, LocationId location, TimeSlot slot) {
        claims.add(new Claim(resource, booking, location, slot));
        return this;
    }

    @Override
    public void lock(Resource resource) {
        calls.add("lock " + resource.key());
    }

    @Override
    public boolean known(Resource resource) {
        return true;
    }

    @Override
    public List<Claim> overlapping(Resource resource, TimeSlot window, BookingId except) {
        calls.add("read " + resource.key());
        return claims.stream()
                .filter(claim -> claim.resource().equals(resource))
                .filter(claim -> claim.slot().overlaps(window))
                .filter(claim -> !claim.bookingId().equals(except))
                .toList();
    }

    /** Every lock and read so far, as {@code "lock <key>"} and {@code "read <key>"}, in the order they came. */
    public List<String> calls() {
        return List.copyOf(calls);
    }
}

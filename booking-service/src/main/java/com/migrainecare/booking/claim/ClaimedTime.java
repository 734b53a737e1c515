package com.migrainecare.booking.claim;

import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.time.TimeSlot;
import java.util.List;

/**
 * The claims table as the rules see it. Every method works in the caller's transaction: {@link #lock} holds
 * the resource until that transaction ends, so what {@link #overlapping} answers afterwards stays true until
 * the caller's own events are committed.
 */
public interface ClaimedTime {

    /** Waits for and takes the resource's lock; a resource seen for the first time is added. */
    void lock(Resource resource);

    /** Whether the resource has ever been registered (a room, therapist or client that exists). */
    boolean known(Resource resource);

    /** Claims of other bookings on the resource that overlap {@code window}. */
    List<Claim> overlapping(Resource resource, TimeSlot window, BookingId except);

    /** Whether any booking's claim on the resource overlaps {@code window}. */
    default boolean anyOverlap(Resource resource, TimeSlot window) {
        return !overlapping(resource, window, null).isEmpty();
    }
}

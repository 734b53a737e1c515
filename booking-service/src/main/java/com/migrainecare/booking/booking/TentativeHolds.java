package com.migrainecare.booking.booking;

import static com.migrainecare.booking.booking.SessionRules.now;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.booking.BookingEvent.HoldReleased;
import com.migrainecare.kernel.booking.BookingStatus;
import java.time.Instant;
import org.axonframework.deadline.DeadlineManager;

/**
 * The rules of a tentative session (a care plan's proposed extra session): its hold ends in the future, it can be
 * accepted or declined while the hold lasts, and a durable deadline releases it when the hold runs out.
 */
final class TentativeHolds {

    /** The deadline that ends a tentative session's hold. */
    static final String EXPIRY = "tentative-hold-expiry";

    private TentativeHolds() {}

    static void ensureEndsInFuture(Instant holdUntil) {
        if (!holdUntil.isAfter(now())) {
            throw new RuleViolation(ErrorCode.INVALID_REQUEST, "a hold ends in the future");
        }
    }

    /** A tentative session can be confirmed or declined while its hold lasts. */
    static void ensureHeld(BookingStatus status, Instant holdUntil) {
        if (status == BookingStatus.EXPIRED || (status == BookingStatus.TENTATIVE && !now().isBefore(holdUntil))) {
            throw new RuleViolation(ErrorCode.HOLD_EXPIRED, "the hold on this proposed session has expired");
        }
        SessionRules.ensureStatus(
                status, BookingStatus.TENTATIVE, "only a proposed session can be accepted or declined");
    }

    static void scheduleExpiry(DeadlineManager deadlines, Instant holdUntil) {
        deadlines.schedule(holdUntil, EXPIRY);
    }

    /** The hold runs out only on a session still tentative: one confirmed or declined meanwhile stays. */
    static boolean expires(BookingStatus status) {
        return status == BookingStatus.TENTATIVE;
    }

    /** What a released hold leaves the session as. */
    static BookingStatus statusAfter(HoldReleased released) {
        return released.expired() ? BookingStatus.EXPIRED : BookingStatus.DECLINED;
    }
}

package com.migrainecare.booking.booking;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.booking.BookingStatus;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.axonframework.eventhandling.GenericEventMessage;

/**
 * The rules a session obeys on its own, whatever else it needs: a start ahead, adjuncts that are adjuncts, the
 * status a change needs, and when it may happen.
 */
final class SessionRules {

    private SessionRules() {}

    static Set<Technique> techniques(Technique primary, Set<Technique> adjuncts) {
        Set<Technique> all = EnumSet.of(primary);
        all.addAll(adjuncts);
        return all;
    }

    static void ensureInFuture(TimeSlot slot) {
        if (!slot.start().isAfter(now())) {
            throw new RuleViolation(ErrorCode.START_IN_PAST, "a session must start in the future");
        }
    }

    static void ensureAdjunctsAreAdjuncts(Technique primary, Set<Technique> adjuncts) {
        boolean onlyAdjuncts = adjuncts.stream().allMatch(Technique::isAdjunct);
        if (!onlyAdjuncts || adjuncts.contains(primary)) {
            throw new RuleViolation(
                    ErrorCode.INVALID_ADJUNCT, "only CUPPING and HEAT_THERAPY can be added to another technique");
        }
    }

    /** Axon's clock: the fixtures set it with givenCurrentTime, production reads the system clock. */
    static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    static void ensureStatus(BookingStatus status, BookingStatus required, String rule) {
        if (status == required) {
            return;
        }
        if (status == BookingStatus.CANCELLED || status == BookingStatus.LATE_CANCELLED) {
            throw new RuleViolation(ErrorCode.BOOKING_ALREADY_CANCELLED, "the session is already cancelled");
        }
        if (!status.isOpen() && status != BookingStatus.TENTATIVE) {
            throw new RuleViolation(ErrorCode.BOOKING_ALREADY_CLOSED, "the session is already " + status);
        }
        throw new RuleViolation(ErrorCode.INVALID_STATE_TRANSITION, rule + " (it is " + status + ")");
    }

    static void ensureNotStarted(TimeSlot slot, String rule) {
        if (!now().isBefore(slot.start())) {
            throw new RuleViolation(ErrorCode.INVALID_STATE_TRANSITION, rule);
        }
    }

    static void ensureStarted(TimeSlot slot) {
        if (now().isBefore(slot.start())) {
            throw new RuleViolation(ErrorCode.SESSION_NOT_STARTED, "the session has not started yet");
        }
    }

    static void ensureCheckInOpen(TimeSlot slot, Duration opensBefore) {
        Instant now = now();
        if (now.isBefore(slot.start().minus(opensBefore)) || !now.isBefore(slot.end())) {
            throw new RuleViolation(
                    ErrorCode.CHECK_IN_WINDOW_CLOSED,
                    "check-in opens " + opensBefore.toMinutes() + " minutes before the session and closes at its end");
        }
    }
}

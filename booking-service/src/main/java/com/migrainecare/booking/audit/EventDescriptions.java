package com.migrainecare.booking.audit;

import com.migrainecare.booking.audit.AuditEntry.Change;
import com.migrainecare.kernel.booking.BookingEvent.ClientCheckedIn;
import com.migrainecare.kernel.booking.BookingEvent.HeldSessionConfirmed;
import com.migrainecare.kernel.booking.BookingEvent.HoldReleased;
import com.migrainecare.kernel.booking.BookingEvent.NoShowRecorded;
import com.migrainecare.kernel.booking.BookingEvent.SessionBooked;
import com.migrainecare.kernel.booking.BookingEvent.SessionCancelled;
import com.migrainecare.kernel.booking.BookingEvent.SessionCompleted;
import com.migrainecare.kernel.booking.BookingEvent.SessionHeld;
import com.migrainecare.kernel.booking.BookingEvent.SessionRescheduled;
import com.migrainecare.kernel.booking.Placement;
import com.migrainecare.kernel.chain.LocationEvent.LocationCreated;
import com.migrainecare.kernel.chain.TherapistEvent.ShiftAdded;
import com.migrainecare.kernel.chain.TherapistEvent.TherapistRegistered;
import com.migrainecare.kernel.chain.TherapistEvent.TimeOffAdded;
import com.migrainecare.kernel.client.ClientEvent.ClearanceOverridden;
import com.migrainecare.kernel.client.ClientEvent.ClearanceRecorded;
import com.migrainecare.kernel.client.ClientEvent.ClientErased;
import com.migrainecare.kernel.client.ClientEvent.ClientRegistered;
import com.migrainecare.kernel.client.ClientEvent.IntakeRecorded;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an event changed, in a line and as fields. Deliberately says nothing of personal or health content:
 * an intake, a clearance, a client's contact details and a time-off reason are recorded as having happened,
 * never with what they said.
 */
final class EventDescriptions {

    /** The summary line and the changed fields of one event. */
    record Description(String summary, List<Change> changes) {}

    private EventDescriptions() {}

    static Description of(Object payload, String type) {
        if (payload instanceof SessionBooked booked) {
            return new Description(
                    "booked " + booked.technique() + " " + where(booked.placement()),
                    placementChanges(null, booked.placement()));
        }
        if (payload instanceof SessionRescheduled moved) {
            return new Description(
                    "moved from " + where(moved.previous()) + " to " + where(moved.placement()),
                    placementChanges(moved.previous(), moved.placement()));
        }
        if (payload instanceof SessionCancelled cancelled) {
            return status(
                    cancelled.late() ? "LATE_CANCELLED" : "CANCELLED",
                    cancelled.late() ? "cancelled late" : "cancelled");
        }
        if (payload instanceof SessionHeld held) {
            return new Description(
                    "held " + held.technique() + " " + where(held.placement()) + " until " + held.holdUntil(),
                    placementChanges(null, held.placement()));
        }
        if (payload instanceof HeldSessionConfirmed) {
            return status("CONFIRMED", "proposed session accepted");
        }
        if (payload instanceof HoldReleased released) {
            return status(
                    released.expired() ? "EXPIRED" : "DECLINED",
                    released.expired() ? "hold expired" : "proposed session declined");
        }
        if (payload instanceof ClientCheckedIn) {
            return status("CHECKED_IN", "client checked in");
        }
        if (payload instanceof SessionCompleted) {
            return status("COMPLETED", "session completed");
        }
        if (payload instanceof NoShowRecorded) {
            return status("NO_SHOW", "no-show recorded");
        }
        if (payload instanceof IntakeRecorded) {
            return line("intake recorded");
        }
        if (payload instanceof ClearanceRecorded) {
            return line("clearance recorded");
        }
        if (payload instanceof ClearanceOverridden overridden) {
            return line("clearance overridden for " + overridden.techniques());
        }
        if (payload instanceof ClientRegistered) {
            return line("client registered");
        }
        if (payload instanceof ClientErased) {
            return line("client's personal data erased");
        }
        if (payload instanceof LocationCreated created) {
            return line("location created: " + created.name() + " (" + created.timeZone() + ", "
                    + created.rooms().size() + " rooms)");
        }
        if (payload instanceof TherapistRegistered registered) {
            return line("therapist registered: " + registered.techniques());
        }
        if (payload instanceof ShiftAdded added) {
            return line(
                    "shift added: " + added.shift().days() + " " + added.shift().from() + "-"
                            + added.shift().to() + " at " + added.shift().locationId());
        }
        if (payload instanceof TimeOffAdded off) {
            return line("time off: " + off.slot().start() + " - " + off.slot().end());
        }
        return line(type);
    }

    private static Description line(String summary) {
        return new Description(summary, List.of());
    }

    private static Description status(String status, String summary) {
        return new Description(summary, List.of(new Change("status", null, status)));
    }

    private static String where(Placement placement) {
        return placement.slot().start() + " - " + placement.slot().end() + " therapist " + placement.therapistId()
                + " room " + placement.roomId() + " location " + placement.locationId();
    }

    private static List<Change> placementChanges(Placement before, Placement after) {
        List<Change> changes = new ArrayList<>();
        change(
                changes,
                "start",
                before == null ? null : before.slot().start(),
                after.slot().start());
        change(
                changes,
                "end",
                before == null ? null : before.slot().end(),
                after.slot().end());
        change(changes, "therapistId", before == null ? null : before.therapistId(), after.therapistId());
        change(changes, "locationId", before == null ? null : before.locationId(), after.locationId());
        change(changes, "roomId", before == null ? null : before.roomId(), after.roomId());
        return changes;
    }

    private static void change(List<Change> changes, String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            changes.add(new Change(field, from == null ? null : from.toString(), to.toString()));
        }
    }
}

package com.migrainecare.kernel.careplan;

import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.TimeSlot;

/** A free session offered instead of an occurrence that could not be booked as planned. */
public record Alternative(Kind kind, TherapistId therapistId, RoomId roomId, TimeSlot slot) {

    /** Why this alternative is offered. */
    public enum Kind {
        /** The same therapist, at the nearest free time within a day. */
        SAME_THERAPIST,
        /** Another qualified therapist at the same location. */
        OTHER_THERAPIST
    }
}

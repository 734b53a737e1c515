package com.migrainecare.kernel.chain;

import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.TimeSlot;
import java.util.Set;
import org.axonframework.serialization.Revision;

/** Facts about therapists: who they are, when they work, when they are away. */
public sealed interface TherapistEvent {

    TherapistId therapistId();

    @Revision("1")
    record TherapistRegistered(TherapistId therapistId, String name, Set<Technique> techniques, String email)
            implements TherapistEvent {}

    @Revision("1")
    record ShiftAdded(TherapistId therapistId, WeeklyShift shift) implements TherapistEvent {}

    @Revision("1")
    record TimeOffAdded(TherapistId therapistId, String timeOffId, TimeSlot slot, String reason)
            implements TherapistEvent {}
}

package com.migrainecare.kernel.careplan;

import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.CarePlanId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.SeriesId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.privacy.AboutClient;
import com.migrainecare.kernel.privacy.PersonalData;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.Revision;

/** Facts about a client's care plan. */
public sealed interface CarePlanEvent {

    CarePlanId carePlanId();

    ClientId clientId();

    /** A cadence recommended on {@code on} (the date the intake and clearances were read). */
    @Revision("1")
    record CadenceRecommended(CarePlanId carePlanId, ClientId clientId, Recommendation recommendation, LocalDate on)
            implements CarePlanEvent {}

    /** The plan started: {@code phase} is booked as the series {@code seriesId}. */
    @Revision("1")
    record CarePlanAccepted(
            CarePlanId carePlanId,
            ClientId clientId,
            SeriesId seriesId,
            TherapistId therapistId,
            LocationId locationId,
            Phase phase,
            LocalDateTime firstStart,
            Set<DayOfWeek> weekdays)
            implements CarePlanEvent {}

    /**
     * A high-stress period: the cadence steps up from {@code base} to {@code during} for its days. Days an earlier
     * period already covers do not step up again, so only {@code uncovered} gets extra sessions. Revision 2: the
     * note is sealed with the client's key (revision 1 stored it in clear).
     */
    @Revision("2")
    record StressPeriodDeclared(
            CarePlanId carePlanId,
            ClientId clientId,
            DateWindow window,
            @PersonalData String note,
            Cadence base,
            Cadence during,
            List<DateWindow> uncovered,
            Cause cause)
            implements CarePlanEvent, AboutClient {

        /** Who asked for the step up: the client or staff, or the headache diary. */
        public enum Cause {
            DECLARED,
            FREQUENT_ATTACKS
        }
    }

    /**
     * The plan's next session is due on {@code dueOn} and nothing is booked for it three days before: a nudge for
     * the client, with a few open slots of the plan's therapist at its location around that day.
     */
    @Revision("1")
    record CadenceNudgeDue(
            CarePlanId carePlanId,
            ClientId clientId,
            LocationId locationId,
            TherapistId therapistId,
            LocalDate dueOn,
            List<TimeSlot> openSlots)
            implements CarePlanEvent {}

    /** Tentative bookings now hold extra sessions the plan proposed; each is the client's to accept or decline. */
    @Revision("1")
    record ExtraSessionsProposed(CarePlanId carePlanId, ClientId clientId, List<BookingId> bookingIds)
            implements CarePlanEvent {}

    /**
     * The plan ended at {@code endedAt}: it no longer steps up, proposes or nudges. {@code cancelUpcoming}: its
     * booked future sessions were asked to be cancelled as well.
     */
    @Revision("1")
    record CarePlanEnded(CarePlanId carePlanId, ClientId clientId, Instant endedAt, boolean cancelUpcoming)
            implements CarePlanEvent {}
}

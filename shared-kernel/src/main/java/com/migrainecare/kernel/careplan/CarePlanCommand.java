package com.migrainecare.kernel.careplan;

import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.CarePlanId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.SeriesId;
import com.migrainecare.kernel.ids.TherapistId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands on a client's care plan. */
public sealed interface CarePlanCommand {

    CarePlanId carePlanId();

    /** Reads the client's intake and clearances and recommends a cadence from the cadence table. */
    record RecommendCadence(@TargetAggregateIdentifier CarePlanId carePlanId) implements CarePlanCommand {}

    /**
     * Starts the plan on the last recommendation: its first phase is booked as the series {@code seriesId},
     * with {@code therapistId} at {@code locationId} from {@code firstStart} (wall-clock time at the location)
     * on {@code weekdays}.
     */
    record AcceptCarePlan(
            @TargetAggregateIdentifier CarePlanId carePlanId,
            SeriesId seriesId,
            TherapistId therapistId,
            LocationId locationId,
            LocalDateTime firstStart,
            Set<DayOfWeek> weekdays)
            implements CarePlanCommand {
        public AcceptCarePlan {
            Objects.requireNonNull(seriesId, "seriesId");
            Objects.requireNonNull(therapistId, "therapistId");
            Objects.requireNonNull(locationId, "locationId");
            Objects.requireNonNull(firstStart, "firstStart");
            weekdays = Set.copyOf(weekdays);
        }
    }

    /** A high-stress period (exams, tax season, a move) declared by the client or staff. */
    record DeclareStressPeriod(@TargetAggregateIdentifier CarePlanId carePlanId, DateWindow window, String note)
            implements CarePlanCommand {
        public DeclareStressPeriod {
            Objects.requireNonNull(window, "window");
        }
    }

    /**
     * The headache diary has {@code loggedDays} days in the 14 days to {@code today}: when that is 30 % or more
     * above the intake's baseline, the plan steps up for the next 14 days, once while such a step-up runs.
     */
    record ProposeAttackStepUp(@TargetAggregateIdentifier CarePlanId carePlanId, LocalDate today, int loggedDays)
            implements CarePlanCommand {}

    /** The tentative bookings that hold the extra sessions of a step-up, for the plan to answer for. */
    record RecordProposals(@TargetAggregateIdentifier CarePlanId carePlanId, List<BookingId> bookingIds)
            implements CarePlanCommand {
        public RecordProposals {
            bookingIds = List.copyOf(bookingIds);
        }
    }

    /**
     * Ends the plan (staff or the client, the reason in the command's metadata): no more nudges, step-ups or
     * proposals; {@code cancelUpcoming} asks for its booked future sessions to be cancelled too.
     */
    record EndCarePlan(@TargetAggregateIdentifier CarePlanId carePlanId, boolean cancelUpcoming)
            implements CarePlanCommand {}
}

package com.migrainecare.booking.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.migrainecare.booking.EmbeddedStore;
import com.migrainecare.booking.chain.LocationProjection.LocationView;
import com.migrainecare.booking.chain.LocationProjection.RoomView;
import com.migrainecare.booking.chain.TherapistProjection.ShiftView;
import com.migrainecare.booking.chain.TherapistProjection.TherapistView;
import com.migrainecare.booking.chain.TherapistProjection.TimeOffView;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.chain.CancellationPolicy;
import com.migrainecare.kernel.chain.LocationEvent.LocationCreated;
import com.migrainecare.kernel.chain.Room;
import com.migrainecare.kernel.chain.TherapistEvent.ShiftAdded;
import com.migrainecare.kernel.chain.TherapistEvent.TherapistRegistered;
import com.migrainecare.kernel.chain.TherapistEvent.TimeOffAdded;
import com.migrainecare.kernel.chain.WeeklyShift;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.TimeSlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The location and therapist projections and their queries on a real Mongo-wire store, replays included. */
class ChainProjectionTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocationId LOCATION = new LocationId("l-1");
    private static final TherapistId THERAPIST = new TherapistId("t-1");

    private final LocationCreated created = new LocationCreated(
            LOCATION,
            "Mitte",
            BERLIN,
            List.of(new Room(new RoomId("r-1"), "Room A"), new Room(new RoomId("r-2"), "Room B")),
            new CancellationPolicy(Duration.ofHours(48)));
    private final TherapistRegistered registered =
            new TherapistRegistered(THERAPIST, "Mira", Set.of(Technique.TRIGGER_POINT), "mira@example.org");
    private final ShiftAdded shift = new ShiftAdded(
            THERAPIST,
            new WeeklyShift(
                    "s-1",
                    LOCATION,
                    BERLIN,
                    Set.of(DayOfWeek.TUESDAY, DayOfWeek.MONDAY),
                    LocalTime.of(8, 0),
                    LocalTime.of(16, 30),
                    LocalDate.of(2030, 1, 1),
                    null));
    private final TimeOffAdded timeOff = new TimeOffAdded(
            THERAPIST,
            "off-1",
            new TimeSlot(Instant.parse("2030-12-02T09:00:00Z"), Instant.parse("2030-12-02T12:00:00Z")),
            "training");

    private EmbeddedStore store;
    private LocationProjection locations;
    private TherapistProjection therapists;
    private ChainQueries queries;

    @BeforeEach
    void startStore() {
        store = EmbeddedStore.start();
        locations = new LocationProjection(store.mongo());
        therapists = new TherapistProjection(store.mongo());
        queries = new ChainQueries(store.mongo());
    }

    @AfterEach
    void stopStore() {
        store.close();
    }

    @Test
    void locationIsReadAsCreated() {
        locations.on(created);
        locations.on(created);

        LocationView expected = new LocationView(
                "l-1",
                "Mitte",
                "Europe/Berlin",
                List.of(new RoomView("r-1", "Room A"), new RoomView("r-2", "Room B")),
                "PT48H");
        assertThat(queries.location(LOCATION)).isEqualTo(expected);
        assertThat(queries.locations()).containsExactly(expected);
    }

    @Test
    void therapistHasProfileShiftsAndTimeOff() {
        therapists.on(registered);
        therapists.on(shift);
        therapists.on(timeOff);

        assertThat(queries.therapist(THERAPIST))
                .isEqualTo(new TherapistView(
                        "t-1",
                        "Mira",
                        Set.of(Technique.TRIGGER_POINT),
                        "mira@example.org",
                        List.of(new ShiftView(
                                "s-1",
                                "l-1",
                                "Europe/Berlin",
                                List.of("MONDAY", "TUESDAY"),
                                "08:00",
                                "16:30",
                                "2030-01-01",
                                null)),
                        List.of(new TimeOffView(
                                "off-1",
                                Instant.parse("2030-12-02T09:00:00Z"),
                                Instant.parse("2030-12-02T12:00:00Z"),
                                "training"))));
        assertThat(queries.therapists()).extracting(TherapistView::id).containsExactly("t-1");
    }

    @Test
    void replayedTherapistEventsLeaveTheSameTherapist() {
        ShiftAdded later = new ShiftAdded(
                THERAPIST,
                new WeeklyShift(
                        "s-2",
                        LOCATION,
                        BERLIN,
                        Set.of(DayOfWeek.FRIDAY),
                        LocalTime.of(10, 0),
                        LocalTime.of(14, 0),
                        LocalDate.of(2030, 1, 1),
                        LocalDate.of(2030, 6, 30)));
        therapists.on(registered);
        therapists.on(shift);
        therapists.on(timeOff);
        therapists.on(later);
        TherapistView once = queries.therapist(THERAPIST);

        therapists.on(registered);
        therapists.on(shift);
        therapists.on(timeOff);
        therapists.on(later);

        assertThat(queries.therapist(THERAPIST)).isEqualTo(once);
        assertThat(once.shifts()).extracting(ShiftView::id).containsExactly("s-1", "s-2");
        assertThat(once.shifts().get(1).validUntil()).isEqualTo("2030-06-30");
        assertThat(once.timeOff()).extracting(TimeOffView::id).containsExactly("off-1");
    }

    @Test
    void unknownLocationsAndTherapistsAreNotFound() {
        therapists.on(shift);

        assertThatThrownBy(() -> queries.location(new LocationId("nowhere")))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCATION_NOT_FOUND));
        assertThatThrownBy(() -> queries.therapist(THERAPIST))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.THERAPIST_NOT_FOUND));
    }
}

package com.migrainecare.bench;

import com.migrainecare.booking.booking.SessionRequest;
import com.migrainecare.kernel.care.Intake;
import com.migrainecare.kernel.care.PainArea;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.care.Trigger;
import com.migrainecare.kernel.chain.CancellationPolicy;
import com.migrainecare.kernel.chain.LocationCommand.CreateLocation;
import com.migrainecare.kernel.chain.Room;
import com.migrainecare.kernel.chain.TherapistCommand.AddShift;
import com.migrainecare.kernel.chain.TherapistCommand.RegisterTherapist;
import com.migrainecare.kernel.chain.WeeklyShift;
import com.migrainecare.kernel.client.ClientCommand.RecordIntake;
import com.migrainecare.kernel.client.ClientCommand.RegisterClient;
import com.migrainecare.kernel.client.ReminderPreferences;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.RequestedTime;
import com.migrainecare.platform.axon.Commands;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The benchmark's chain and its booking plan. Three locations in three zones with four rooms and eight
 * therapists each (every day, 00:00-23:59), and a pool of clients per location. Booking number {@code k} of the
 * plan has a fixed place: location {@code k % 3}, then day, hour (04:00-23:00, clear of every DST gap), room and
 * therapist in that order, so no two planned sessions share a therapist, room or client at the same time and
 * every planned booking is accepted (the measured path is the successful one, with no refused reservations).
 */
public final class BenchChain {

    /** A location of the chain. */
    public record Site(String key, String name, ZoneId zone) {
        public LocationId locationId() {
            return new LocationId("bench-" + key);
        }

        public RoomId room(int i) {
            return new RoomId("bench-" + key + "-room-" + (i + 1));
        }

        public TherapistId therapist(int i) {
            return new TherapistId("bench-" + key + "-th-" + (i + 1));
        }

        public ClientId client(int i) {
            return new ClientId("bench-" + key + "-cl-" + (i + 1));
        }
    }

    /** Where booking number {@code index} of the plan goes. */
    public record Planned(long index, Site site, LocalDateTime localStart, SessionRequest request) {
        /** The same session moved {@code days} days later, same wall-clock time. */
        public RequestedTime movedBy(int days) {
            return new RequestedTime.Local(localStart.plusDays(days));
        }
    }

    public static final List<Site> SITES = List.of(
            new Site("berlin", "Bench Berlin", ZoneId.of("Europe/Berlin")),
            new Site("chicago", "Bench Chicago", ZoneId.of("America/Chicago")),
            new Site("sydney", "Bench Sydney", ZoneId.of("Australia/Sydney")));

    public static final int ROOMS_PER_SITE = 4;
    public static final int THERAPISTS_PER_SITE = 2 * ROOMS_PER_SITE;
    static final int FIRST_HOUR = 4;
    static final int HOURS_PER_DAY = 20;
    static final int SESSIONS_PER_SITE_AND_DAY = HOURS_PER_DAY * ROOMS_PER_SITE;
    public static final Duration SESSION = Duration.ofMinutes(45);
    public static final Technique SEARCHED = Technique.TRIGGER_POINT;

    private static final Set<Technique> TECHNIQUES = EnumSet.of(
            Technique.TRIGGER_POINT,
            Technique.MYOFASCIAL_RELEASE,
            Technique.DEEP_TISSUE,
            Technique.EFFLEURAGE,
            Technique.LYMPHATIC_DRAINAGE,
            Technique.HEAT_THERAPY);

    private final int clientsPerSite;
    private final LocalDate firstDay;

    public BenchChain(int clientsPerSite, LocalDate firstDay) {
        this.clientsPerSite = clientsPerSite;
        this.firstDay = firstDay;
    }

    public int clientsPerSite() {
        return clientsPerSite;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    /** Creates the locations and the therapists with their shifts; returns the commands sent. */
    public int seedLocationsAndTherapists(Commands commands) {
        int sent = 0;
        for (Site site : SITES) {
            List<Room> rooms = new ArrayList<>();
            for (int r = 0; r < ROOMS_PER_SITE; r++) {
                rooms.add(new Room(site.room(r), "Room " + (r + 1)));
            }
            commands.send(
                    new CreateLocation(site.locationId(), site.name(), site.zone(), rooms, CancellationPolicy.STANDARD),
                    "benchmark setup");
            sent++;
        }
        for (Site site : SITES) {
            for (int t = 0; t < THERAPISTS_PER_SITE; t++) {
                TherapistId id = site.therapist(t);
                commands.send(
                        new RegisterTherapist(id, "Therapist " + id, TECHNIQUES, id + "@bench.invalid"),
                        "benchmark setup");
                commands.send(
                        new AddShift(
                                id,
                                new WeeklyShift(
                                        "shift-" + id,
                                        site.locationId(),
                                        site.zone(),
                                        EnumSet.allOf(DayOfWeek.class),
                                        LocalTime.MIDNIGHT,
                                        LocalTime.of(23, 59),
                                        firstDay.minusDays(7),
                                        null),
                                null),
                        "benchmark setup");
                sent += 2;
            }
        }
        return sent;
    }

    /** How many clients {@link #seedClient} can create. */
    public int clients() {
        return SITES.size() * clientsPerSite;
    }

    /** Registers client number {@code index} (of {@link #clients()}) with an intake; returns the commands sent. */
    public int seedClient(Commands commands, int index) {
        Site site = SITES.get(index % SITES.size());
        int c = index / SITES.size();
        ClientId id = site.client(c);
        commands.send(
                new RegisterClient(
                        id,
                        "Client " + id,
                        id + "@bench.invalid",
                        null,
                        site.zone(),
                        "en",
                        ReminderPreferences.DEFAULT),
                "benchmark setup");
        commands.send(
                new RecordIntake(
                        id,
                        new Intake(
                                4 + c % 20,
                                3 + c % 6,
                                EnumSet.of(PainArea.SUBOCCIPITAL, PainArea.NECK),
                                EnumSet.of(Trigger.STRESS, Trigger.NECK_TENSION),
                                null,
                                null,
                                Set.of(),
                                null)),
                "benchmark setup");
        return 2;
    }

    /** Where booking number {@code index} of the plan goes. */
    public Planned plan(long index) {
        Site site = SITES.get((int) (index % SITES.size()));
        long perSite = index / SITES.size();
        long day = perSite / SESSIONS_PER_SITE_AND_DAY;
        int inDay = (int) (perSite % SESSIONS_PER_SITE_AND_DAY);
        int hourIndex = inDay / ROOMS_PER_SITE;
        int room = inDay % ROOMS_PER_SITE;
        // therapists 1-4 work the even hours, 5-8 the odd ones, each in "their" room
        int therapist = (hourIndex % 2) * ROOMS_PER_SITE + room;
        int client = (int) (perSite % clientsPerSite);
        LocalDateTime start = firstDay.plusDays(day).atTime(FIRST_HOUR + hourIndex, 0);
        Technique technique = index % 2 == 0 ? Technique.TRIGGER_POINT : Technique.EFFLEURAGE;
        Set<Technique> adjuncts = index % 5 == 0 ? Set.of(Technique.HEAT_THERAPY) : Set.of();
        SessionRequest request = new SessionRequest(
                site.client(client),
                site.therapist(therapist),
                site.locationId(),
                site.room(room),
                technique,
                adjuncts,
                true,
                new RequestedTime.Local(start),
                SESSION,
                null);
        return new Planned(index, site, start, request);
    }

    /** How many calendar days the first {@code bookings} planned bookings span. */
    public static int daysFor(long bookings) {
        long perSite = (bookings + SITES.size() - 1) / SITES.size();
        return (int) ((perSite + SESSIONS_PER_SITE_AND_DAY - 1) / SESSIONS_PER_SITE_AND_DAY);
    }
}

package com.migrainecare.booking.demo;

import com.migrainecare.booking.booking.BookingService;
import com.migrainecare.booking.booking.SessionRequest;
import com.migrainecare.booking.chain.LocationDirectory;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.care.Contraindication;
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
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo chain once (fixed ids, so a restart finds it and does nothing): 3 locations in 3 zones,
 * 8 therapists with weekday shifts, 30 clients with intakes, and a few bookings in the coming days.
 */
@Component
@ConditionalOnProperty(name = "clinic.demo.seed", havingValue = "true")
public class DemoChainSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoChainSeeder.class);
    private static final Set<DayOfWeek> WEEKDAYS =
            EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private final Commands commands;
    private final LocationDirectory locations;
    private final BookingService bookings;
    private final Clock clock;

    public DemoChainSeeder(Commands commands, LocationDirectory locations, BookingService bookings, Clock clock) {
        this.commands = commands;
        this.locations = locations;
        this.bookings = bookings;
        this.clock = clock;
    }

    private record DemoLocation(String key, String name, String zone) {}

    private static final List<DemoLocation> LOCATIONS = List.of(
            new DemoLocation("berlin", "Berlin Mitte", "Europe/Berlin"),
            new DemoLocation("chicago", "Chicago Loop", "America/Chicago"),
            new DemoLocation("sydney", "Sydney CBD", "Australia/Sydney"));

    @EventListener(ApplicationReadyEvent.class)
    public void seed() {
        if (alreadySeeded()) {
            log.info("Demo chain already present; not seeding again");
            return;
        }
        LOCATIONS.forEach(l -> commands.send(location(l)));
        for (int i = 1; i <= 8; i++) {
            seedTherapist(i);
        }
        for (int i = 1; i <= 30; i++) {
            seedClient(i);
        }
        int booked = seedBookings();
        log.info("Demo chain seeded: 3 locations, 8 therapists, 30 clients, {} bookings", booked);
    }

    private boolean alreadySeeded() {
        try {
            locations.get(locationId(LOCATIONS.get(0)));
            return true;
        } catch (RuleViolation notFound) {
            return false;
        }
    }

    private static CreateLocation location(DemoLocation l) {
        List<Room> rooms = List.of(
                new Room(new RoomId("demo-room-" + l.key() + "-1"), "Room 1"),
                new Room(new RoomId("demo-room-" + l.key() + "-2"), "Room 2"));
        return new CreateLocation(locationId(l), l.name(), ZoneId.of(l.zone()), rooms, CancellationPolicy.STANDARD);
    }

    private static LocationId locationId(DemoLocation l) {
        return new LocationId("demo-location-" + l.key());
    }

    private void seedTherapist(int i) {
        TherapistId id = new TherapistId("demo-therapist-" + i);
        Set<Technique> techniques = i % 2 == 0
                ? EnumSet.of(
                        Technique.EFFLEURAGE,
                        Technique.LYMPHATIC_DRAINAGE,
                        Technique.HEAT_THERAPY,
                        Technique.PETRISSAGE)
                : EnumSet.of(
                        Technique.TRIGGER_POINT,
                        Technique.MYOFASCIAL_RELEASE,
                        Technique.DEEP_TISSUE,
                        Technique.CUPPING,
                        Technique.HEAT_THERAPY);
        commands.send(new RegisterTherapist(id, "Therapist " + i, techniques, "therapist" + i + "@demo.invalid"));
        DemoLocation home = LOCATIONS.get((i - 1) % LOCATIONS.size());
        commands.send(new AddShift(
                id,
                new WeeklyShift(
                        "demo-shift-" + i,
                        locationId(home),
                        ZoneId.of(home.zone()),
                        WEEKDAYS,
                        LocalTime.of(9, 0),
                        LocalTime.of(17, 0),
                        LocalDate.now(clock).minusDays(7),
                        null)));
    }

    private void seedClient(int i) {
        ClientId id = new ClientId("demo-client-" + i);
        DemoLocation home = LOCATIONS.get((i - 1) % LOCATIONS.size());
        commands.send(new RegisterClient(
                id,
                "Client " + i,
                "client" + i + "@demo.invalid",
                null,
                ZoneId.of(home.zone()),
                "en",
                ReminderPreferences.DEFAULT));
        int days = 4 + (i * 7) % 20;
        Set<Contraindication> contraindications = i % 10 == 0 ? EnumSet.of(Contraindication.OSTEOPOROSIS) : Set.of();
        commands.send(new RecordIntake(
                id,
                new Intake(
                        days,
                        2 + i % 10,
                        EnumSet.of(PainArea.SUBOCCIPITAL, PainArea.NECK, PainArea.TEMPLES),
                        EnumSet.of(Trigger.STRESS, Trigger.NECK_TENSION, Trigger.POOR_SLEEP),
                        null,
                        null,
                        contraindications,
                        null)));
    }

    private int seedBookings() {
        int booked = 0;
        for (int i = 1; i <= 12; i++) {
            int therapist = 1 + (i - 1) % 8;
            DemoLocation location = LOCATIONS.get((therapist - 1) % LOCATIONS.size());
            LocalDate day = nextWeekday(LocalDate.now(clock).plusDays(1 + i / 4));
            Technique technique = therapist % 2 == 0 ? Technique.EFFLEURAGE : Technique.TRIGGER_POINT;
            try {
                bookings.book(
                        new SessionRequest(
                                new ClientId("demo-client-" + i),
                                new TherapistId("demo-therapist-" + therapist),
                                locationId(location),
                                null,
                                technique,
                                Set.of(),
                                true,
                                new RequestedTime.Local(day.atTime(LocalTime.of(10 + i % 5, 0))),
                                Duration.ofMinutes(45),
                                null),
                        "demo data");
                booked++;
            } catch (RuleViolation refused) {
                log.debug("Demo booking {} skipped: {}", i, refused.getMessage());
            }
        }
        return booked;
    }

    private static LocalDate nextWeekday(LocalDate date) {
        LocalDate day = date;
        while (!WEEKDAYS.contains(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        return day;
    }
}

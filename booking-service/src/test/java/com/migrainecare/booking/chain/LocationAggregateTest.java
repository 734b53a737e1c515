package com.migrainecare.booking.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.chain.CancellationPolicy;
import com.migrainecare.kernel.chain.LocationCommand.CreateLocation;
import com.migrainecare.kernel.chain.LocationEvent.LocationCreated;
import com.migrainecare.kernel.chain.Room;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A location has a name, a time zone, its treatment rooms and a cancellation policy. */
class LocationAggregateTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

    private static final LocationId BERLIN = new LocationId("location-berlin");
    private static final ZoneId BERLIN_ZONE = ZoneId.of("Europe/Berlin");
    private static final Room LAVENDER = new Room(new RoomId("room-lavender"), "Lavender");
    private static final Room SAGE = new Room(new RoomId("room-sage"), "Sage");
    private static final CancellationPolicy TWO_DAYS_NOTICE = new CancellationPolicy(Duration.ofHours(48));

    private FixtureConfiguration<Location> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Location.class);
    }

    @Test
    void canCreateLocationWithRooms() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(NOW)
                .when(new CreateLocation(BERLIN, "Berlin Mitte", BERLIN_ZONE, List.of(SAGE, LAVENDER), TWO_DAYS_NOTICE))
                .expectEvents(new LocationCreated(
                        BERLIN, "Berlin Mitte", BERLIN_ZONE, List.of(SAGE, LAVENDER), TWO_DAYS_NOTICE))
                .expectState(location -> assertThat(location.details())
                        .isEqualTo(new LocationDetails(
                                BERLIN, "Berlin Mitte", BERLIN_ZONE, List.of(SAGE, LAVENDER), TWO_DAYS_NOTICE)));
    }

    @Test
    void locationNeedsAName() {
        fixture.givenNoPriorActivity()
                .when(new CreateLocation(BERLIN, "  ", BERLIN_ZONE, List.of(LAVENDER), CancellationPolicy.STANDARD))
                .expectException(ruleViolation(ErrorCode.INVALID_REQUEST))
                .expectExceptionMessage("a location needs a name")
                .expectNoEvents();
    }

    @Test
    void locationNeedsAtLeastOneRoom() {
        fixture.givenNoPriorActivity()
                .when(new CreateLocation(BERLIN, "Berlin Mitte", BERLIN_ZONE, List.of(), CancellationPolicy.STANDARD))
                .expectException(ruleViolation(ErrorCode.INVALID_REQUEST))
                .expectExceptionMessage("a location needs at least one treatment room")
                .expectNoEvents();
    }

    @Test
    void roomNamesMustBeUniqueWithinLocation() {
        Room secondLavender = new Room(new RoomId("room-lavender-2"), "Lavender");

        fixture.givenNoPriorActivity()
                .when(new CreateLocation(
                        BERLIN,
                        "Berlin Mitte",
                        BERLIN_ZONE,
                        List.of(LAVENDER, secondLavender),
                        CancellationPolicy.STANDARD))
                .expectException(ruleViolation(ErrorCode.INVALID_REQUEST))
                .expectExceptionMessage("room names must be unique within a location")
                .expectNoEvents();
    }

    private static Matcher<RuleViolation> ruleViolation(ErrorCode code) {
        return new FeatureMatcher<>(equalTo(code), "a RuleViolation with code", "code") {
            @Override
            protected ErrorCode featureValueOf(RuleViolation violation) {
                return violation.code();
            }
        };
    }

    /**
     * {@link LocationDirectory} remembers a location's details for good, which is exact only while a location has
     * no command but its creation (and no event-sourcing handler but that of its creation). A command that changes
     * a location must come with a directory that notices the change.
     */
    @Test
    void aLocationHasNoCommandButItsCreationSoTheDirectoryMayRememberIt() {
        List<String> handlers = Arrays.stream(Location.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(CommandHandler.class))
                .map(method -> method.getName())
                .toList();
        long creators = Arrays.stream(Location.class.getDeclaredConstructors())
                .filter(constructor -> constructor.isAnnotationPresent(CommandHandler.class))
                .count();

        long sourcing = Arrays.stream(Location.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(EventSourcingHandler.class))
                .count();

        assertThat(handlers).isEmpty();
        assertThat(creators).isEqualTo(1);
        assertThat(sourcing).isEqualTo(1);
    }
}

package com.migrainecare.booking.waitlist;

import static org.hamcrest.Matchers.equalTo;

import com.migrainecare.booking.booking.SessionDesk;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.booking.PlaceRequest;
import com.migrainecare.kernel.booking.Placement;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.chain.CancellationPolicy;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.ids.WaitlistEntryId;
import com.migrainecare.kernel.time.TimeSlot;
import com.migrainecare.kernel.waitlist.WaitlistCommand.OfferSlot;
import com.migrainecare.kernel.waitlist.WaitlistEvent.SlotOffered;
import com.migrainecare.kernel.waitlist.WaitlistEvent.WaitlistJoined;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the waitlist fixtures share: Mara waiting in Berlin or Potsdam for a week from tomorrow, a desk that places
 * every offer in room Sage unless told to refuse, and the clock fixed at {@link #NOW}, every time counted from it.
 */
abstract class WaitlistFixtureSupport {

    static final Instant NOW = Instant.parse("2025-03-03T08:00:00Z");
    static final WaitlistEntryId ENTRY = new WaitlistEntryId("entry-1");
    static final ClientId MARA = new ClientId("client-mara");
    static final TherapistId ANNA = new TherapistId("therapist-anna");
    static final LocationId BERLIN = new LocationId("location-berlin");
    static final LocationId POTSDAM = new LocationId("location-potsdam");
    static final RoomId SAGE = new RoomId("room-sage");
    static final Duration HOLD = Duration.ofMinutes(30);

    /** Mara waits from tomorrow for a week. */
    static final TimeSlot WINDOW = new TimeSlot(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(8)));
    /** A 45-minute slot two days ahead, inside the window. */
    static final TimeSlot SLOT = TimeSlot.of(NOW.plus(Duration.ofDays(2)), Duration.ofMinutes(45));

    static final WaitlistJoined JOINED =
            new WaitlistJoined(ENTRY, MARA, Technique.TRIGGER_POINT, Set.of(BERLIN, POTSDAM), WINDOW);
    static final SlotOffered OFFERED =
            new SlotOffered(ENTRY, MARA, BERLIN, ANNA, SAGE, Technique.TRIGGER_POINT, SLOT, NOW.plus(HOLD));

    final List<PlaceRequest> asked = new ArrayList<>();
    final List<BookingId> askedFor = new ArrayList<>();
    RuleViolation refusal;
    AggregateTestFixture<WaitlistEntry> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WaitlistEntry.class);
        fixture.registerInjectableResource(new SessionDesk() {
            @Override
            public Placement place(
                    BookingId booking,
                    ClientId client,
                    Set<Technique> techniques,
                    boolean includesNeck,
                    PlaceRequest request,
                    RoomId preferredRoom,
                    String clearanceOverrideReason) {
                asked.add(request);
                askedFor.add(booking);
                if (refusal != null) {
                    throw refusal;
                }
                return new Placement(
                        request.therapistId(),
                        request.locationId(),
                        SAGE,
                        request.slot(),
                        ZoneId.of("Europe/Berlin"),
                        CancellationPolicy.STANDARD);
            }

            @Override
            public void ensureClientSpacing(BookingId booking, ClientId client, TimeSlot slot, Duration spacing) {
                throw new AssertionError("an offer does not ask for spacing");
            }
        });
    }

    TestExecutor<WaitlistEntry> waiting() {
        return fixture.givenCurrentTime(NOW).andGiven(JOINED);
    }

    /** Mara holds an offer, made at {@link #NOW} with its deadline scheduled as the offer command does. */
    TestExecutor<WaitlistEntry> offered() {
        return fixture.givenCurrentTime(NOW)
                .andGiven(JOINED)
                .andGivenCommands(new OfferSlot(ENTRY, BERLIN, ANNA, null, SLOT, NOW.plus(HOLD)));
    }

    /** Mara holds the offer made at {@link #NOW}; the clock reads {@code now}. */
    TestExecutor<WaitlistEntry> offeredAt(Instant now) {
        return fixture.givenCurrentTime(now).andGiven(JOINED, OFFERED);
    }

    static Matcher<RuleViolation> refusedWith(ErrorCode code) {
        return new FeatureMatcher<>(equalTo(code), "a RuleViolation with code", "code") {
            @Override
            protected ErrorCode featureValueOf(RuleViolation violation) {
                return violation.code();
            }
        };
    }
}

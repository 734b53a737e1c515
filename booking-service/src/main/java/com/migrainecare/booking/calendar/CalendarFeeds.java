package com.migrainecare.booking.calendar;

import com.migrainecare.booking.booking.BookingQueries;
import com.migrainecare.booking.booking.BookingView;
import com.migrainecare.booking.chain.ChainQueries;
import com.migrainecare.booking.chain.LocationProjection.LocationView;
import com.migrainecare.booking.chain.LocationProjection.RoomView;
import com.migrainecare.booking.chain.TherapistProjection.TherapistView;
import com.migrainecare.booking.client.ClientQueries;
import com.migrainecare.kernel.booking.BookingStatus;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.platform.access.Narrowing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Builds a therapist's or a client's feed from the bookings read model: the sessions of the last 90 days and the
 * coming year, cancelled ones included so that calendar applications remove them. An event names the technique
 * (the service booked), the therapist and the place; never the client's intake, clearances or reasons, and a
 * therapist's feed does not name the client (the feed may be copied into a calendar service outside the clinic).
 */
@Component
public class CalendarFeeds {

    static final Duration PAST = Duration.ofDays(90);
    static final Duration AHEAD = Duration.ofDays(366);
    static final int MAX_EVENTS = 2000;

    private final BookingQueries bookings;
    private final ChainQueries chain;
    private final ClientQueries clients;
    private final Clock clock;

    public CalendarFeeds(BookingQueries bookings, ChainQueries chain, ClientQueries clients, Clock clock) {
        this.bookings = bookings;
        this.chain = chain;
        this.clients = clients;
        this.clock = clock;
    }

    /** The feed as RFC 5545 text; an unknown therapist or client is not found. */
    public String feedOf(CalendarOwner owner) {
        String name = nameOf(owner);
        Instant now = clock.instant();
        boolean therapist = owner.kind() == CalendarOwner.Kind.THERAPIST;
        BookingQueries.Filter filter = new BookingQueries.Filter(
                therapist ? null : owner.id(),
                therapist ? owner.id() : null,
                null,
                now.minus(PAST),
                now.plus(AHEAD),
                null);
        Map<String, LocationView> locations =
                chain.locations().stream().collect(Collectors.toMap(LocationView::id, Function.identity()));
        Map<String, String> therapists =
                chain.therapists().stream().collect(Collectors.toMap(TherapistView::id, TherapistView::name));
        return IcsCalendar.write(
                name,
                bookings.list(filter, Narrowing.EVERYTHING, 0, MAX_EVENTS).content().stream()
                        .map(booking -> event(booking, locations, therapists))
                        .toList());
    }

    private String nameOf(CalendarOwner owner) {
        if (owner.kind() == CalendarOwner.Kind.THERAPIST) {
            return "Sessions of " + chain.therapist(new TherapistId(owner.id())).name();
        }
        clients.get(new ClientId(owner.id()));
        return "My massage sessions";
    }

    private static FeedEvent event(
            BookingView booking, Map<String, LocationView> locations, Map<String, String> therapists) {
        String with = therapists.getOrDefault(booking.therapistId(), "your therapist");
        return new FeedEvent(
                booking.id(),
                booking.version(),
                booking.start(),
                booking.end(),
                booking.zone(),
                label(booking.technique()) + " with " + with,
                place(booking, locations.get(booking.locationId())),
                booking.status() == BookingStatus.CANCELLED || booking.status() == BookingStatus.LATE_CANCELLED,
                booking.updatedAt());
    }

    /** "Trigger point massage": the service booked, which is no health data. */
    static String label(Technique technique) {
        if (technique == null) {
            return "Massage";
        }
        String words = technique.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " massage";
    }

    private static String place(BookingView booking, LocationView location) {
        if (location == null) {
            return booking.locationId();
        }
        String room = location.rooms() == null
                ? null
                : location.rooms().stream()
                        .filter(candidate -> candidate.id().equals(booking.roomId()))
                        .map(RoomView::name)
                        .findFirst()
                        .orElse(null);
        return room == null ? location.name() : location.name() + ", " + room;
    }
}

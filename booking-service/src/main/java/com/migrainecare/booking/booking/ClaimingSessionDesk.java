package com.migrainecare.booking.booking;

import com.migrainecare.booking.chain.LocationDetails;
import com.migrainecare.booking.chain.LocationDirectory;
import com.migrainecare.booking.chain.Therapist;
import com.migrainecare.booking.chain.TravelProperties;
import com.migrainecare.booking.claim.Claim;
import com.migrainecare.booking.claim.ClaimedTime;
import com.migrainecare.booking.claim.Resource;
import com.migrainecare.booking.client.BookingClearance;
import com.migrainecare.booking.client.Client;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.booking.PlaceRequest;
import com.migrainecare.kernel.booking.Placement;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.chain.Room;
import com.migrainecare.kernel.chain.TravelBuffers;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.time.TimeSlot;
import com.migrainecare.platform.axon.Aggregates;
import com.migrainecare.platform.axon.UnchangedAggregates;
import java.time.Duration;
import java.util.Set;
import java.util.function.Function;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The {@link SessionDesk} on the claims table, inside the booking command's transaction. The location comes from
 * the {@link LocationDirectory} (locations never change, and holding the location's aggregate lock for the command
 * made bookings at one location wait for each other). It locks what the
 * session needs in one fixed order (therapist, rooms in the location's order, client), so that two commands
 * never wait for each other in a circle, and reads each record only after taking its lock: the therapist's
 * shifts and time off, the rooms' and the client's claims, the client's clearances. Nothing is held before the
 * booking event exists, so nothing is ever given back. The therapist's and the client's records are read through
 * {@link UnchangedAggregates}: rebuilt from the store only when it holds an event the last read did not see.
 */
@Component
public class ClaimingSessionDesk implements SessionDesk {

    /** Therapists and clients whose records are kept between bookings while they have no new event. */
    static final int KEPT_RECORDS = 20_000;

    private final ClaimedTime claims;
    private final UnchangedAggregates<Therapist, Therapist> therapists;
    private final Repository<Client> clients;
    private final UnchangedAggregates<Client, BookingClearance> clearances;
    private final LocationDirectory locations;
    private final TravelBuffers travel;

    public ClaimingSessionDesk(
            ClaimedTime claims,
            @Qualifier("therapistRepository") Repository<Therapist> therapists,
            @Qualifier("clientRepository") Repository<Client> clients,
            EventStore events,
            LocationDirectory locations,
            TravelProperties travel) {
        this.claims = claims;
        // a booking only reads the therapist: what the load built stays as it was
        this.therapists = new UnchangedAggregates<>(
                therapists, events, ErrorCode.THERAPIST_NOT_FOUND, Function.identity(), KEPT_RECORDS);
        this.clients = clients;
        this.clearances = new UnchangedAggregates<>(
                clients, events, ErrorCode.CLIENT_NOT_FOUND, Client::bookingClearance, KEPT_RECORDS);
        this.locations = locations;
        this.travel = travel.buffers();
    }

    @Override
    public Placement place(
            BookingId booking,
            ClientId client,
            Set<Technique> techniques,
            boolean includesNeck,
            PlaceRequest request,
            RoomId preferredRoom,
            String clearanceOverrideReason) {
        LocationDetails location = locations.get(request.locationId());
        TimeSlot slot = request.slot();
        Resource therapist = Resource.of(request.therapistId());
        claims.lock(therapist);
        therapists.current(request.therapistId().value()).ensureCanTake(location.locationId(), slot, techniques);
        ensureTherapistFree(therapist, booking, location, slot);
        RoomId room = claimRoom(booking, location, request.roomId(), preferredRoom, slot);
        Resource clientResource = Resource.of(client);
        claims.lock(clientResource);
        var sessionDate = slot.start().atZone(location.timeZone()).toLocalDate();
        if (clearanceOverrideReason == null) {
            BookingClearance clearance = clearances.current(client.value());
            ensureClientFree(clientResource, booking, slot);
            clearance.ensureCleared(techniques, includesNeck, sessionDate);
        } else {
            // an override is recorded on the client's record, in this command's transaction
            Aggregate<Client> clientRecord = Aggregates.load(clients, client.value(), ErrorCode.CLIENT_NOT_FOUND);
            ensureClientFree(clientResource, booking, slot);
            clientRecord.execute(
                    c -> c.ensureCleared(booking, techniques, includesNeck, sessionDate, clearanceOverrideReason));
        }
        return new Placement(
                request.therapistId(),
                location.locationId(),
                room,
                slot,
                location.timeZone(),
                location.cancellationPolicy());
    }

    private void ensureClientFree(Resource clientResource, BookingId booking, TimeSlot slot) {
        if (!claims.overlapping(clientResource, slot, booking).isEmpty()) {
            throw new RuleViolation(ErrorCode.CLIENT_DOUBLE_BOOKED, "the client already has a session then");
        }
    }

    @Override
    public void ensureClientSpacing(BookingId booking, ClientId client, TimeSlot slot, Duration spacing) {
        Resource clientResource = Resource.of(client);
        claims.lock(clientResource);
        // measured start to start, so that Monday, Wednesday and Friday at one time are 48 hours apart
        boolean tooClose = claims.overlapping(clientResource, slot.widenedBy(spacing), booking).stream()
                .anyMatch(other -> Duration.between(other.slot().start(), slot.start())
                                .abs()
                                .compareTo(spacing)
                        < 0);
        if (tooClose) {
            throw new RuleViolation(
                    ErrorCode.CLIENT_SESSIONS_TOO_CLOSE,
                    "the client has another session less than " + spacing.toHours() + " hours from this one");
        }
    }

    /** No other session of the therapist overlaps, and one at another location leaves time to travel. */
    private void ensureTherapistFree(Resource therapist, BookingId booking, LocationDetails location, TimeSlot slot) {
        for (Claim near : claims.overlapping(therapist, slot.widenedBy(longestTravel()), booking)) {
            if (near.slot().overlaps(slot)) {
                throw new RuleViolation(ErrorCode.THERAPIST_UNAVAILABLE, "the therapist already has a session then");
            }
            Duration needed = travel.between(near.locationId(), location.locationId());
            if (near.slot().widenedBy(needed).overlaps(slot)) {
                throw new RuleViolation(
                        ErrorCode.TRAVEL_BUFFER_VIOLATED,
                        "the therapist needs " + needed.toMinutes() + " minutes to travel from another location");
            }
        }
    }

    private RoomId claimRoom(
            BookingId booking, LocationDetails location, RoomId requested, RoomId preferred, TimeSlot slot) {
        if (requested != null) {
            if (!location.hasRoom(requested) && !claims.known(Resource.of(requested))) {
                throw new RuleViolation(ErrorCode.ROOM_NOT_FOUND, "no such room: " + requested);
            }
            if (!location.hasRoom(requested)) {
                throw new RuleViolation(
                        ErrorCode.ROOM_NOT_AT_LOCATION, "room " + requested + " is not at this location");
            }
            if (!roomFree(requested, booking, slot)) {
                throw new RuleViolation(ErrorCode.ROOM_UNAVAILABLE, "the room is taken at that time");
            }
            return requested;
        }
        // rooms are locked in the location's own order whatever the preference, so no two commands lock in a circle
        RoomId firstFree = null;
        boolean preferenceSeen = preferred == null || !location.hasRoom(preferred);
        for (Room room : location.rooms()) {
            boolean free = roomFree(room.id(), booking, slot);
            if (free && room.id().equals(preferred)) {
                return room.id();
            }
            preferenceSeen |= room.id().equals(preferred);
            if (free && firstFree == null) {
                firstFree = room.id();
            }
            if (firstFree != null && preferenceSeen) {
                return firstFree;
            }
        }
        throw new RuleViolation(ErrorCode.NO_ROOM_AVAILABLE, "every room at this location is taken at that time");
    }

    private boolean roomFree(RoomId room, BookingId booking, TimeSlot slot) {
        Resource resource = Resource.of(room);
        claims.lock(resource);
        return claims.overlapping(resource, slot, booking).isEmpty();
    }

    private Duration longestTravel() {
        return travel.byPair().values().stream().reduce(travel.standard(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }
}

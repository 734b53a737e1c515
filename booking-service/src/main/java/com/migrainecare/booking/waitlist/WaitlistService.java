package com.migrainecare.booking.waitlist;

import com.migrainecare.booking.booking.BookingService;
import com.migrainecare.booking.booking.BookingState;
import com.migrainecare.booking.booking.SessionRequest;
import com.migrainecare.booking.chain.LocationDirectory;
import com.migrainecare.booking.client.ClientDirectory;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.WaitlistEntryId;
import com.migrainecare.kernel.time.RequestedTime;
import com.migrainecare.kernel.time.TimeSlot;
import com.migrainecare.kernel.waitlist.WaitlistCommand.AcceptOffer;
import com.migrainecare.kernel.waitlist.WaitlistCommand.DeclineOffer;
import com.migrainecare.kernel.waitlist.WaitlistCommand.JoinWaitlist;
import com.migrainecare.kernel.waitlist.WaitlistCommand.LeaveWaitlist;
import com.migrainecare.kernel.waitlist.WaitlistEvent.SlotOffered;
import com.migrainecare.platform.axon.Commands;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Joining, leaving and answering offers. Accepting is one transaction: the entry records the acceptance and the
 * offered slot is booked through the booking rules as the booking its hold was claimed for; if the booking is
 * refused, the acceptance is not recorded either.
 */
@Service
public class WaitlistService {

    private final Commands commands;
    private final LocationDirectory locations;
    private final ClientDirectory clients;
    private final BookingService bookings;
    private final TransactionTemplate transaction;

    public WaitlistService(
            Commands commands,
            LocationDirectory locations,
            ClientDirectory clients,
            BookingService bookings,
            TransactionTemplate transaction) {
        this.commands = commands;
        this.locations = locations;
        this.clients = clients;
        this.bookings = bookings;
        this.transaction = transaction;
    }

    /** A wish to wait; local times are read in the zone of the first location named. */
    public record Wish(
            ClientId clientId,
            Technique technique,
            List<LocationId> locationIds,
            RequestedTime from,
            RequestedTime to) {}

    public WaitlistEntryId join(Wish wish, String reason) {
        clients.ensureRegistered(wish.clientId());
        Set<LocationId> at = new LinkedHashSet<>(wish.locationIds());
        ZoneId zone = null;
        for (LocationId location : at) {
            ZoneId locationZone = locations.get(location).timeZone();
            zone = zone == null ? locationZone : zone;
        }
        if (zone == null) {
            throw new IllegalArgumentException("at least one location is required");
        }
        var from = wish.from().resolveIn(zone);
        var to = wish.to().resolveIn(zone);
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the window must end after it starts");
        }
        WaitlistEntryId entry = WaitlistEntryId.random();
        commands.send(new JoinWaitlist(entry, wish.clientId(), wish.technique(), at, new TimeSlot(from, to)), reason);
        return entry;
    }

    /** Books the offered slot for the client, in the transaction that records the acceptance. */
    public BookingState accept(WaitlistEntryId entry, String reason) {
        BookingId booking = WaitlistEntry.heldBooking(entry);
        return transaction.execute(status -> {
            SlotOffered offer =
                    commands.send(new AcceptOffer(entry, booking), reason, ErrorCode.WAITLIST_ENTRY_NOT_FOUND);
            SessionRequest request = new SessionRequest(
                    offer.clientId(),
                    offer.therapistId(),
                    offer.locationId(),
                    offer.roomId(),
                    offer.technique(),
                    Set.of(),
                    false,
                    new RequestedTime.Exact(offer.slot().start()),
                    offer.slot().duration(),
                    null);
            return bookings.book(booking, request, Duration.ZERO, reason);
        });
    }

    public void decline(WaitlistEntryId entry, String reason) {
        commands.send(new DeclineOffer(entry), reason, ErrorCode.WAITLIST_ENTRY_NOT_FOUND);
    }

    public void leave(WaitlistEntryId entry, String reason) {
        commands.send(new LeaveWaitlist(entry), reason, ErrorCode.WAITLIST_ENTRY_NOT_FOUND);
    }
}

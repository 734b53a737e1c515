package com.migrainecare.booking.chain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.chain.LocationCommand.ReleaseRoom;
import com.migrainecare.kernel.chain.LocationCommand.ReserveRoom;
import com.migrainecare.kernel.chain.LocationEvent.RoomReleased;
import com.migrainecare.kernel.chain.LocationEvent.RoomReserved;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.RoomId;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** One treatment room's calendar: a room holds one session at a time. Opened by its first reservation. */
@Aggregate(cache = "aggregateCache", snapshotTriggerDefinition = "snapshotTrigger")
public class RoomCalendar {

    @AggregateIdentifier
    private RoomId roomId;

    private LocationId locationId;
    private Calendar calendar = new Calendar();

    protected RoomCalendar() {
        // rebuilt from events, or opened by a first reservation
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public boolean handle(ReserveRoom command) {
        if (calendar.holds(command.bookingId(), command.slot())) {
            return false;
        }
        if (calendar.clashWith(command.bookingId(), command.slot()).isPresent()) {
            throw new RuleViolation(ErrorCode.ROOM_UNAVAILABLE, "the room is taken at that time");
        }
        apply(new RoomReserved(command.roomId(), command.locationId(), command.bookingId(), command.slot()));
        return true;
    }

    /** @return whether a reservation was released (false: nothing was held) */
    @CommandHandler
    public boolean handle(ReleaseRoom command) {
        if (!calendar.holds(command.bookingId(), command.slot())) {
            return false;
        }
        apply(new RoomReleased(roomId, locationId, command.bookingId(), command.slot()));
        return true;
    }

    @EventSourcingHandler
    void on(RoomReserved event, @Timestamp Instant at) {
        roomId = event.roomId();
        locationId = event.locationId();
        calendar.add(new Reservation(event.bookingId(), event.locationId(), event.slot()), at);
    }

    @EventSourcingHandler
    void on(RoomReleased event, @Timestamp Instant at) {
        calendar.remove(event.bookingId(), event.slot(), at);
    }
}

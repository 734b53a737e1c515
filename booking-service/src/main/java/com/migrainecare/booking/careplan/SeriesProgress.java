package com.migrainecare.booking.careplan;

import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.booking.BookingEvent.SessionBooked;
import com.migrainecare.kernel.booking.SeriesOccurrence;
import com.migrainecare.kernel.careplan.SeriesCommand.RecordOccurrenceBooked;
import com.migrainecare.kernel.careplan.SeriesEvent.SeriesCompletionDue;
import com.migrainecare.platform.axon.Commands;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps series up with their bookings (the tracking processor {@code series-progress}): a session booked for an
 * occurrence of a series is recorded on the series from the booking's own event, whether or not the request that
 * booked it lived to record it; and a series' completion check that found work left has it finished. Recording
 * an occurrence twice changes nothing, and the processor's progress commits with the commands it sends, so an
 * event cut off half-way is handled again. The handlers do not run on a replay.
 */
@Component
@ProcessingGroup(SeriesProgress.GROUP)
@DisallowReplay
class SeriesProgress {

    static final String GROUP = "series-progress";

    private static final Logger LOG = LoggerFactory.getLogger(SeriesProgress.class);

    private final Commands commands;
    private final SeriesCompletion completion;

    SeriesProgress(Commands commands, SeriesCompletion completion) {
        this.commands = commands;
        this.completion = completion;
    }

    @EventHandler
    void on(SessionBooked event) {
        SeriesOccurrence occurrence = event.seriesOccurrence();
        if (occurrence == null) {
            return;
        }
        try {
            commands.send(
                    new RecordOccurrenceBooked(
                            occurrence.seriesId(),
                            occurrence.index(),
                            event.bookingId(),
                            event.placement().slot().start()),
                    "the booking of an occurrence of the series");
        } catch (RuleViolation refused) {
            LOG.warn(
                    "series {} cannot record booking {}: {}",
                    occurrence.seriesId(),
                    event.bookingId(),
                    refused.getMessage());
        }
    }

    @EventHandler
    void on(SeriesCompletionDue event) {
        try {
            completion.complete(event.seriesId());
        } catch (RuleViolation refused) {
            // the next completion check of the series tries again
            LOG.warn("series {} could not be finished: {}", event.seriesId(), refused.getMessage());
        }
    }
}

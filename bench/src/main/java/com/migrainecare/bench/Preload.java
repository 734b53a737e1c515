package com.migrainecare.bench;

import com.migrainecare.bench.core.Log;
import com.migrainecare.bench.report.Results;
import com.migrainecare.bench.service.Ceilings;
import com.migrainecare.bench.service.EventTable;
import com.migrainecare.bench.service.Processors;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * Grows the event store to a level. Up to {@code --real-preload-events} (and for at most
 * {@code --real-preload-minutes} per level) it books through {@code BookingService.book}, so every aggregate,
 * lookup and read model grows as in use. Beyond that it appends
 * copies of one booking's own events (the rows of the booking aggregate, which no later command touches) straight
 * into {@code DomainEventEntry}, each copy for a new booking id, with the processors paused; then the processors'
 * tokens are moved to the head (or, with {@code --bulk=catch-up}, the processors read every copied event).
 */
final class Preload {

    private static final Duration CATCH_UP = Duration.ofMinutes(30);

    private final BenchOptions options;
    private final DirectMeasurements direct;
    private final EventTable events;
    private final Processors processors;
    private final Results results;
    private final Ceilings ceilings;
    private List<EventTable.Row> template;

    Preload(
            BenchOptions options,
            DirectMeasurements direct,
            EventTable events,
            Processors processors,
            Results results,
            Ceilings ceilings) {
        this.options = options;
        this.ceilings = ceilings;
        this.direct = direct;
        this.events = events;
        this.processors = processors;
        this.results = results;
    }

    /**
     * Takes the bulk template from the booking made last (call after at least one booking). Should no event be
     * stored under the booking's id, the template is the event of a new probe aggregate instead.
     */
    void takeTemplate() {
        var last = direct.lastBooked();
        String bookingId =
                last == null ? "(no booking succeeded)" : last.bookingId().value();
        template = last == null ? List.of() : events.rowsOf(bookingId);
        if (template.isEmpty()) {
            Log.info("  no events stored under booking id %s: the bulk preload copies a probe's event", bookingId);
            template = events.rowsOf(ceilings.createProbe());
        }
        results.fact(
                "bulkTemplate",
                template.size() + " event(s) of aggregate type "
                        + template.get(0).type() + ": "
                        + template.stream()
                                .map(r -> r.payloadType() + " (" + r.payload().length + " bytes)")
                                .toList());
    }

    /** An event of the template: the row the raw-insert ceiling writes. */
    EventTable.Row sampleRow() {
        return template.get(0);
    }

    void growTo(long level) {
        long before = events.count();
        if (before >= level) {
            return;
        }
        long realTarget = Math.min(level, options.realPreloadEvents());
        if (before < realTarget) {
            long started = System.nanoTime();
            long made = direct.preloadByBooking(realTarget, options.threads(), options.realPreloadBudget());
            long grown = events.count();
            double seconds = (System.nanoTime() - started) / 1e9;
            results.fact(
                    "preload." + level + ".booked",
                    String.format(
                            "%,d bookings through BookingService.book (%d threads): %,d -> %,d events in %.0f s",
                            made, options.threads(), before, grown, seconds));
            Log.info("preload to %,d: booked %,d (%.0f s)", level, made, seconds);
        }
        long now = events.count();
        if (now < level) {
            bulk(level, now);
        }
        processors.awaitHead(CATCH_UP);
    }

    private void bulk(long level, long now) {
        long started = System.nanoTime();
        Log.info(
                "bulk append of %,d events (%s)",
                level - now, options.bulkCatchUp() ? "processors read them" : "processors skip them");
        if (!options.bulkCatchUp()) {
            processors.pause();
        }
        long added;
        try {
            added = events.bulkAppend(template, level - now);
        } finally {
            if (!options.bulkCatchUp()) {
                processors.resumeAtHead();
            }
        }
        double appendSeconds = (System.nanoTime() - started) / 1e9;
        Duration analysed = events.analyze();
        Log.info("event table analysed in %.1f s", analysed.toMillis() / 1e3);
        Duration catchUp = processors.awaitHead(CATCH_UP);
        // the event store's shared reader still has every appended event to read (see StoreReader)
        OptionalLong readerMillis = processors.reader().awaitPosition(processors.head(), CATCH_UP);
        String reader = readerMillis.isPresent()
                ? String.format("the event store's reader at head %.1f s later", readerMillis.getAsLong() / 1e3)
                : "the event store's reader not checked";
        results.fact(
                "preload." + level + ".bulk",
                String.format(
                        "%,d events appended by JDBC batches in %.1f s (%,.0f/s), table statistics refreshed in %.1f s;"
                                + " %s; processors at head after %.1f s;"
                                + " %s",
                        added,
                        appendSeconds,
                        added / appendSeconds,
                        analysed.toMillis() / 1e3,
                        options.bulkCatchUp() ? "processors read them" : "processors' tokens moved to the head",
                        catchUp.toMillis() / 1e3,
                        reader));
        Log.info(
                "  bulk: %,d events in %.1f s, processors at head after %.1f s, %s",
                added, appendSeconds, catchUp.toMillis() / 1e3, reader);
    }
}

package com.migrainecare.bench;

import com.migrainecare.bench.core.Log;
import com.migrainecare.bench.core.Stats;
import com.migrainecare.bench.report.Figure;
import com.migrainecare.bench.report.Results;
import com.migrainecare.bench.service.Ceilings;
import com.migrainecare.bench.service.EventTable;
import com.migrainecare.bench.service.Processors;
import java.time.Duration;
import java.util.List;

/**
 * The in-process measurements at one store size: booking on 1 and N threads with every projection live, the two
 * ceilings (raw insert, one-event command) on 1 and N threads, and availability searches. Each measurement
 * starts once the processors have handled every earlier event.
 */
final class LevelPhase {

    private static final Duration QUIET = Duration.ofMinutes(10);

    private final BenchOptions options;
    private final DirectMeasurements direct;
    private final Ceilings ceilings;
    private final EventTable events;
    private final Processors processors;
    private final Results results;

    LevelPhase(
            BenchOptions options,
            DirectMeasurements direct,
            Ceilings ceilings,
            EventTable events,
            Processors processors,
            Results results) {
        this.options = options;
        this.direct = direct;
        this.ceilings = ceilings;
        this.events = events;
        this.processors = processors;
        this.results = results;
    }

    /** Runs the ceilings' code paths once before they are measured (the bookings have a warm-up of their own). */
    void warmUp(EventTable.Row rawRow) {
        int count = Math.min(options.ceilingOps(), 500);
        ceilings.probeCommands("warm-up, one-event command", count, options.threads(), options.limit());
        ceilings.rawInserts("warm-up, raw insert", rawRow, count, options.threads(), options.limit());
        quiet();
    }

    void measure(long level, EventTable.Row rawRow) {
        String p = "level." + level + ".";
        int n = options.threads();
        long stored = events.count();
        Log.info("level %,d: %,d events in the store", level, stored);
        results.fact(p + "events", stored);

        long before = events.count();
        Stats book1 = direct.book("book, 1 thread", options.measure(), 1, options.limit());
        long perBookingEvents = events.count() - before;
        record(p + "book1", "book, 1 thread, projections live", stored, book1, "");
        double eventsPerBooking = book1.ok() == 0 ? Double.NaN : (double) perBookingEvents / book1.ok();
        results.fact(p + "eventsPerBooking", eventsPerBooking);
        quiet();
        Stats book8 = direct.book("book, " + n + " threads", options.measureThreaded(), n, options.limit());
        record(p + "book8", "book, " + n + " threads, projections live", events.count(), book8, "");
        quiet();

        Stats probe1 = ceilings.probeCommands("one-event command, 1 thread", options.ceilingOps(), 1, options.limit());
        record(p + "probe1", "one-event command (new aggregate), 1 thread", stored, probe1, "CreateProbe");
        quiet();
        Stats probe8 = ceilings.probeCommands(
                "one-event command, " + n + " threads", options.ceilingOps(), n, options.limit());
        record(p + "probe8", "one-event command (new aggregate), " + n + " threads", stored, probe8, "CreateProbe");
        quiet();
        Stats raw1 = ceilings.rawInserts("raw insert, 1 thread", rawRow, options.ceilingOps(), 1, options.limit());
        record(
                p + "raw1",
                "raw JDBC insert + commit, 1 thread",
                stored,
                raw1,
                "scratch table shaped like DomainEventEntry");
        Stats raw8 =
                ceilings.rawInserts("raw insert, " + n + " threads", rawRow, options.ceilingOps(), n, options.limit());
        record(p + "raw8", "raw JDBC insert + commit, " + n + " threads", stored, raw8, "");

        Stats search = direct.availability("availability, 1 day", options.searches());
        record(p + "search", "AvailabilityService.search, 1 day, one location", events.count(), search, "");

        String at = String.format("at %,d events", stored);
        results.target(
                p + "bookPerCommand1",
                "bookings/s ÷ one-event commands/s, 1 thread, " + at,
                book1.perSecond() / probe1.perSecond(),
                "book1 ÷ probe1; 0.5 = a booking costs two one-event commands",
                0.5,
                false);
        results.target(
                p + "bookPerCommand8",
                "bookings/s ÷ one-event commands/s, " + n + " threads, " + at,
                book8.perSecond() / probe8.perSecond(),
                "book8 ÷ probe8",
                0.5,
                false);
        results.ratio(
                p + "bookPerInsert1",
                "bookings/s ÷ raw inserts/s, 1 thread, " + at,
                book1.perSecond() / raw1.perSecond(),
                "book1 ÷ raw1");
        results.ratio(
                p + "bookPerInsert8",
                "bookings/s ÷ raw inserts/s, " + n + " threads, " + at,
                book8.perSecond() / raw8.perSecond(),
                "book8 ÷ raw8");
    }

    /** Moves and then cancels recently made bookings. */
    void rescheduleAndCancel(long level, int count) {
        String p = "level." + level + ".";
        long stored = events.count();
        List<Stats> both = direct.rescheduleAndCancel(count, options.limit());
        record(p + "reschedule", "BookingService.reschedule, 1 thread", stored, both.get(0), "");
        record(p + "cancel", "BookingService.cancel, 1 thread", stored, both.get(1), "");
        quiet();
    }

    private void record(String key, String label, long stored, Stats stats, String note) {
        results.figure(key, Figure.of(label, stored, stats, note));
    }

    private void quiet() {
        processors.awaitHead(QUIET);
    }
}

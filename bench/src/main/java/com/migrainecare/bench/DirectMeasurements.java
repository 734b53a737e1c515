package com.migrainecare.bench;

import com.migrainecare.bench.BenchChain.Planned;
import com.migrainecare.bench.BenchChain.Site;
import com.migrainecare.bench.core.Log;
import com.migrainecare.bench.core.Runner;
import com.migrainecare.bench.core.Stats;
import com.migrainecare.bench.service.EventTable;
import com.migrainecare.bench.service.ServiceInstance;
import com.migrainecare.booking.availability.AvailabilityService.Search;
import com.migrainecare.booking.booking.BookingState;
import com.migrainecare.booking.booking.MoveRequest;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.time.RequestedTime;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measurements through the service's own Java API, the one its HTTP controllers call: {@code BookingService}
 * and {@code AvailabilityService}.
 */
final class DirectMeasurements {

    static final String REASON = "benchmark";

    private final ServiceInstance service;
    private final PlanCursor plan;
    private final EventTable events;
    private final ConcurrentLinkedDeque<BookingState> recent = new ConcurrentLinkedDeque<>();
    // the deque's own size() walks every element: on the booking thread that was a fifth of a booking's time
    private final AtomicInteger recentCount = new AtomicInteger();
    private final Random random = new Random(42);

    DirectMeasurements(ServiceInstance service, PlanCursor plan, EventTable events) {
        this.service = service;
        this.plan = plan;
        this.events = events;
    }

    BookingState bookNext() {
        Planned planned = plan.next();
        BookingState booked = service.bookings().book(planned.request(), REASON);
        recent.addFirst(booked);
        if (recentCount.incrementAndGet() > 5_000 && recent.pollLast() != null) {
            recentCount.decrementAndGet();
        }
        return booked;
    }

    /** The booking made last, whose events serve as the template of the bulk preload. */
    BookingState lastBooked() {
        return recent.peekFirst();
    }

    Stats book(String label, int count, int threads, Duration limit) {
        return Runner.run(label, count, threads, limit, i -> bookNext());
    }

    /** Books until the store holds {@code targetEvents} or {@code budget} has passed; returns the bookings made. */
    long preloadByBooking(long targetEvents, int threads, Duration budget) {
        long made = 0;
        long started = System.nanoTime();
        long deadline = started + budget.toNanos();
        long stored = events.count();
        while (stored < targetEvents && System.nanoTime() < deadline) {
            int chunk = 500;
            Duration left = Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
            Stats stats = Runner.run("preload", chunk, threads, left, i -> bookNext());
            if (stats.failed() > 0) {
                Log.info("  preload: %d of %d bookings failed, e.g. %s", stats.failed(), chunk, stats.firstFailures());
            }
            made += stats.ok();
            stored = events.count();
            Log.info(
                    "  preload through BookingService.book: %,d events in store (target %,d), %,d bookings, %.1f/s",
                    stored, targetEvents, made, made / ((System.nanoTime() - started) / 1e9));
        }
        return made;
    }

    /** One-day searches ({@code TRIGGER_POINT}, one location, 45 minutes on a 15-minute grid) on booked days. */
    Stats availability(String label, int count) {
        int bookedDays = Math.max(1, BenchChain.daysFor(plan.used()));
        return Runner.run(label, count, 1, Duration.ofMinutes(2), i -> {
            Site site = BenchChain.SITES.get(random.nextInt(BenchChain.SITES.size()));
            LocalDate day = plan.chain().firstDay().plusDays(random.nextInt(bookedDays));
            ZonedDateTime from = day.atStartOfDay(site.zone());
            service.availability()
                    .search(new Search(
                            BenchChain.SEARCHED,
                            from.toInstant(),
                            from.plusDays(1).toInstant(),
                            BenchChain.SESSION,
                            site.locationId().value(),
                            null,
                            Duration.ofMinutes(15),
                            100));
        });
    }

    /** Moves recent bookings a long way ahead (where the plan never books), then cancels them. */
    List<Stats> rescheduleAndCancel(int count, Duration limit) {
        List<BookingState> targets = recent.stream().limit(count).toList();
        int days = BenchChain.daysFor(plan.used() + 10L * count) + 30;
        Stats moved = Runner.run("reschedule", targets.size(), 1, limit, i -> {
            BookingState booking = targets.get(i);
            var start = booking.placement()
                    .slot()
                    .start()
                    .atZone(booking.placement().zone());
            service.bookings()
                    .reschedule(
                            booking.bookingId(),
                            new MoveRequest(
                                    new RequestedTime.Local(
                                            start.toLocalDateTime().plusDays(days)),
                                    null,
                                    null,
                                    null,
                                    null),
                            null,
                            REASON);
        });
        Stats cancelled = Runner.run("cancel", targets.size(), 1, limit, i -> {
            BookingId id = targets.get(i).bookingId();
            service.bookings().cancel(id, null, REASON);
        });
        recent.removeAll(targets);
        recentCount.set(recent.size());
        return List.of(moved, cancelled);
    }
}

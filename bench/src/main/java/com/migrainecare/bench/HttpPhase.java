package com.migrainecare.bench;

import com.migrainecare.bench.baseline.BaselineService;
import com.migrainecare.bench.core.Log;
import com.migrainecare.bench.http.ApiClient;
import com.migrainecare.bench.http.HttpScenario;
import com.migrainecare.bench.http.HttpScenario.Figures;
import com.migrainecare.bench.report.Figure;
import com.migrainecare.bench.report.Results;
import com.migrainecare.bench.service.EventTable;
import com.migrainecare.bench.service.ServiceInstance;

/**
 * The HTTP measurements: the booking service as it runs, then the baseline, started in this JVM on another
 * port and on its own database of the same Mongo-wire store, measured by the same client code.
 */
final class HttpPhase {

    private final BenchOptions options;
    private final Results results;

    HttpPhase(BenchOptions options, Results results) {
        this.options = options;
        this.results = results;
    }

    void run(ServiceInstance service, PlanCursor plan, EventTable events) {
        long stored = events.count();
        Log.info("HTTP: booking service on port %d (%,d events in the store)", service.port(), stored);
        Figures ours = scenario("booking service", service.port(), plan);
        record("ours", ours, stored);
        Log.info("HTTP: starting the baseline on %s", service.mongoConnectionString());
        try (BaselineService baseline = BaselineService.start(service.mongoConnectionString(), "bench-baseline")) {
            Log.info("HTTP: baseline on port %d", baseline.port());
            Figures base = scenario("baseline", baseline.port(), new PlanCursor(plan.chain(), 0));
            record("baseline", base, baseline.bookings());
            results.fact("http.baseline.bookingsAfter", baseline.bookings());
            ratios(ours, base);
        }
    }

    private Figures scenario(String name, int port, PlanCursor plan) {
        return new HttpScenario(name, new ApiClient(port), plan)
                .run(
                        options.httpBookings(),
                        options.threads(),
                        options.httpSearches(),
                        options.gets(),
                        options.limit());
    }

    private void record(String who, Figures f, long size) {
        String p = "http." + who + ".";
        String store = who.equals("ours") ? "events in the store" : "bookings in the baseline";
        results.figure(p + "sequential", Figure.of("HTTP POST /api/bookings, 1 thread", size, f.sequential(), store));
        results.figure(
                p + "burst",
                Figure.of("HTTP POST /api/bookings, " + options.threads() + " threads", size, f.burst(), store));
        results.figure(
                p + "availability", Figure.of("HTTP GET /api/availability, 1 day", size, f.availability(), store));
        results.figure(
                p + "authenticatedGet", Figure.of("HTTP GET /api/locations, Basic", size, f.authenticatedGet(), store));
        results.figure(
                p + "anonymousGet",
                Figure.of("HTTP GET /actuator/health/liveness, anonymous", size, f.anonymousGet(), store));
        results.figure(
                p + "unauthorizedGet",
                Figure.of("HTTP GET /api/locations, no credentials (401)", size, f.unauthorizedGet(), store));
        f.bearerGet()
                .ifPresent(s ->
                        results.figure(p + "bearerGet", Figure.of("HTTP GET /api/locations, Bearer", size, s, store)));
    }

    private void ratios(Figures ours, Figures base) {
        results.target(
                "http.sequential",
                "HTTP bookings/s, sequential: booking service ÷ baseline",
                ours.sequential().perSecond() / base.sequential().perSecond(),
                "http.ours.sequential ÷ http.baseline.sequential",
                1.0,
                false);
        results.target(
                "http.burst",
                "HTTP bookings/s, " + options.threads() + "-thread burst: booking service ÷ baseline",
                ours.burst().perSecond() / base.burst().perSecond(),
                "http.ours.burst ÷ http.baseline.burst",
                1.0,
                false);
        results.ratio(
                "http.availability",
                "HTTP availability p95: booking service ÷ baseline",
                ours.availability().percentileMillis(95) / base.availability().percentileMillis(95),
                "lower is better");
        results.ratio(
                "http.get",
                "HTTP authenticated GET p50: booking service ÷ baseline",
                ours.authenticatedGet().percentileMillis(50)
                        / base.authenticatedGet().percentileMillis(50),
                "lower is better");
        results.target(
                "auth.basic",
                "authenticated GET p50 ÷ anonymous GET p50 (booking service, Basic)",
                ours.authenticatedGet().percentileMillis(50)
                        / ours.anonymousGet().percentileMillis(50),
                "GET /api/locations with Basic ÷ GET /actuator/health/liveness",
                1.5,
                true);
        ours.bearerGet()
                .ifPresent(bearer -> results.target(
                        "auth.bearer",
                        "authenticated GET p50 ÷ anonymous GET p50 (booking service, Bearer)",
                        bearer.percentileMillis(50) / ours.anonymousGet().percentileMillis(50),
                        "GET /api/locations with Bearer ÷ GET /actuator/health/liveness",
                        1.5,
                        true));
    }
}

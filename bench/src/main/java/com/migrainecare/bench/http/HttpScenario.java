package com.migrainecare.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.migrainecare.bench.BenchChain;
import com.migrainecare.bench.BenchChain.Planned;
import com.migrainecare.bench.BenchChain.Site;
import com.migrainecare.bench.PlanCursor;
import com.migrainecare.bench.core.Log;
import com.migrainecare.bench.core.Runner;
import com.migrainecare.bench.core.Stats;
import com.migrainecare.bench.http.ApiClient.Answer;
import com.migrainecare.bench.http.ApiClient.Auth;
import com.migrainecare.booking.booking.SessionRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The HTTP measurements of one service: sequential bookings, a burst of bookings on several threads, one-day
 * availability searches, and trivial GETs with and without credentials. Paths and bodies follow the booking
 * service's API; the baseline serves the same ones.
 */
public final class HttpScenario {

    static final String TRIVIAL = "/api/locations";
    static final String PUBLIC = "/actuator/health/liveness";
    static final String TOKEN = "/api/auth/token";
    private static final int WARMUP = 10;

    /** What was measured; {@code bearer} is empty when the service has no token endpoint. */
    public record Figures(
            Stats sequential,
            Stats burst,
            Stats availability,
            Stats authenticatedGet,
            Stats anonymousGet,
            Stats unauthorizedGet,
            Optional<Stats> bearerGet) {}

    private final String name;
    private final ApiClient client;
    private final PlanCursor plan;
    private final Auth basic = Auth.basic(DemoUsers.BOOKER, DemoUsers.PASSWORD);
    private final Random random = new Random(7);

    public HttpScenario(String name, ApiClient client, PlanCursor plan) {
        this.name = name;
        this.client = client;
        this.plan = plan;
    }

    public Figures run(int bookings, int threads, int searches, int gets, Duration limit) {
        Log.info("HTTP, %s: warm-up", name);
        Runner.run(name + " warm-up", WARMUP, 1, limit, i -> book());
        Stats sequential = Runner.run(name + " HTTP book, 1 thread", bookings, 1, limit, i -> book());
        Stats burst =
                Runner.run(name + " HTTP book, " + threads + " threads", 2 * bookings, threads, limit, i -> book());
        Runner.run(name + " availability warm-up", WARMUP, 1, limit, i -> search());
        Stats availability = Runner.run(name + " HTTP availability, 1 day", searches, 1, limit, i -> search());
        Stats authenticated = gets(name + " GET " + TRIVIAL + " (Basic)", TRIVIAL, basic, 200, gets, limit);
        Stats anonymous = gets(name + " GET " + PUBLIC + " (anonymous)", PUBLIC, Auth.NONE, 200, gets, limit);
        Stats unauthorized = gets(name + " GET " + TRIVIAL + " (no credentials)", TRIVIAL, Auth.NONE, 401, gets, limit);
        Optional<Stats> bearer =
                token().map(token -> gets(name + " GET " + TRIVIAL + " (Bearer)", TRIVIAL, token, 200, gets, limit));
        return new Figures(sequential, burst, availability, authenticated, anonymous, unauthorized, bearer);
    }

    private Stats gets(String label, String path, Auth auth, int status, int count, Duration limit) {
        Runner.run(label + " warm-up", WARMUP, 1, limit, i -> client.expect(status, client.get(path, auth), path));
        return Runner.run(label, count, 1, limit, i -> client.expect(status, client.get(path, auth), path));
    }

    private void book() {
        Planned planned = plan.next();
        client.expect(201, client.post("/api/bookings", body(planned), basic), "booking");
    }

    private void search() {
        int days = Math.max(1, BenchChain.daysFor(plan.used()));
        Site site = BenchChain.SITES.get(random.nextInt(BenchChain.SITES.size()));
        LocalDate day = plan.chain().firstDay().plusDays(random.nextInt(days));
        String query = "/api/availability?technique=" + BenchChain.SEARCHED + "&from=" + day.atStartOfDay() + "&to="
                + day.plusDays(1).atStartOfDay() + "&duration=" + BenchChain.SESSION + "&locationId="
                + site.locationId().value();
        Answer answer = client.expect(200, client.get(query, basic), "availability");
        if (!answer.json().isArray()) {
            throw new IllegalStateException("availability did not answer a list: " + answer.abbreviated());
        }
    }

    /** A token from {@code POST /api/auth/token}, if the service has one (tried with Basic, then a JSON body). */
    private Optional<Auth> token() {
        for (int attempt = 0; attempt < 2; attempt++) {
            Answer answer = attempt == 0
                    ? client.postEmpty(TOKEN, basic)
                    : client.post(
                            TOKEN, Map.of("username", DemoUsers.BOOKER, "password", DemoUsers.PASSWORD), Auth.NONE);
            if (answer.status() == 200 || answer.status() == 201) {
                Optional<String> token = tokenIn(answer);
                if (token.isPresent()) {
                    Log.info("  %s: %s answers a token; measuring Bearer too", name, TOKEN);
                    return token.map(Auth::bearer);
                }
            }
        }
        Log.info("  %s: no token endpoint at %s; Bearer not measured", name, TOKEN);
        return Optional.empty();
    }

    private static Optional<String> tokenIn(Answer answer) {
        try {
            JsonNode json = answer.json();
            for (String field : new String[] {"access_token", "accessToken", "token", "jwt"}) {
                if (json.hasNonNull(field) && json.get(field).isTextual()) {
                    return Optional.of(json.get(field).asText());
                }
            }
        } catch (IllegalStateException notJson) {
            String body = answer.body().trim();
            if (body.chars().filter(c -> c == '.').count() == 2 && !body.contains(" ")) {
                return Optional.of(body);
            }
        }
        return Optional.empty();
    }

    static Map<String, Object> body(Planned planned) {
        SessionRequest request = planned.request();
        return ApiClient.asMap(
                "clientId", request.clientId().value(),
                "therapistId", request.therapistId().value(),
                "locationId", request.locationId().value(),
                "roomId", request.roomId().value(),
                "technique", request.technique().name(),
                "adjuncts", request.adjuncts().stream().map(Enum::name).toList(),
                "includesNeck", request.includesNeck(),
                "start", planned.localStart().toString(),
                "duration", request.duration().toString(),
                "reason", "benchmark");
    }
}

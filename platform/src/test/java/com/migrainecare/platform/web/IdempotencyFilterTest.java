package com.migrainecare.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.migrainecare.platform.security.MutableClock;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Claims of requests that never answered expire; claims of requests still running are respected. */
class IdempotencyFilterTest {

    private static final Duration EXPIRY = Duration.ofMinutes(2);
    private static final String BODY = "{\"name\":\"Mara\"}";

    private final MutableClock clock = new MutableClock(Instant.parse("2030-03-04T10:00:00Z"));
    private final AtomicInteger runs = new AtomicInteger();
    private MongoServer server;
    private MongoClient client;
    private IdempotencyFilter filter;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        filter = new IdempotencyFilter(
                new MongoTemplate(client, "idempotency-test"),
                new ProblemWriter(new ObjectMapper()),
                Optional.of(clock),
                new IdempotencyProperties(EXPIRY));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aClaimThatWasNeverAnsweredIsTakenOverOnceItHasExpired() throws Exception {
        assertThatThrownBy(() -> post("key-1", BODY, processDies())).isInstanceOf(ProcessDied.class);

        clock.advance(EXPIRY.minusSeconds(1));
        MockHttpServletResponse tooSoon = post("key-1", BODY, creates());
        assertThat(tooSoon.getStatus()).isEqualTo(409);
        assertThat(tooSoon.getContentAsString()).contains("IDEMPOTENCY_KEY_IN_USE");
        assertThat(runs).as("the fresh claim kept the retry out").hasValue(0);

        clock.advance(Duration.ofSeconds(1));
        MockHttpServletResponse retried = post("key-1", BODY, creates());
        assertThat(retried.getStatus()).isEqualTo(201);
        assertThat(retried.getContentAsString()).isEqualTo("{\"id\":\"created-1\"}");
        assertThat(runs).hasValue(1);

        clock.advance(EXPIRY.multipliedBy(10));
        MockHttpServletResponse replayed = post("key-1", BODY, creates());
        assertThat(replayed.getStatus()).isEqualTo(201);
        assertThat(replayed.getContentAsString()).isEqualTo("{\"id\":\"created-1\"}");
        assertThat(replayed.getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(runs).as("an answered key is never run again, however old").hasValue(1);
    }

    @Test
    void anExpiredClaimIsTakenOverByOneRetryOnly() throws Exception {
        assertThatThrownBy(() -> post("key-2", BODY, processDies())).isInstanceOf(ProcessDied.class);
        clock.advance(EXPIRY);

        MockHttpServletResponse[] concurrent = new MockHttpServletResponse[1];
        FilterChain takesOverThenMeetsARetry = (request, response) -> {
            concurrent[0] = post("key-2", BODY, creates());
            creates().doFilter(request, response);
        };
        MockHttpServletResponse first = post("key-2", BODY, takesOverThenMeetsARetry);

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(concurrent[0].getStatus())
                .as("the taken-over claim is fresh again")
                .isEqualTo(409);
        assertThat(runs).hasValue(1);
    }

    @Test
    void anExpiredClaimForAnotherBodyIsStillARefusedReuse() throws Exception {
        assertThatThrownBy(() -> post("key-3", BODY, processDies())).isInstanceOf(ProcessDied.class);
        clock.advance(EXPIRY);

        MockHttpServletResponse reused = post("key-3", "{\"name\":\"Jonas\"}", creates());

        assertThat(reused.getStatus()).isEqualTo(422);
        assertThat(reused.getContentAsString()).contains("IDEMPOTENCY_KEY_REUSED");
        assertThat(runs).hasValue(0);
    }

    @Test
    void theExpiryDefaultsToTwoMinutes() {
        assertThat(new IdempotencyProperties(null).pendingExpiry()).isEqualTo(Duration.ofMinutes(2));
        assertThatThrownBy(() -> new IdempotencyProperties(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    private MockHttpServletResponse post(String key, String body, FilterChain chain)
            throws IOException, ServletException {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/therapists");
        request.addHeader(IdempotencyFilter.HEADER, key);
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    private FilterChain creates() {
        return (request, response) -> {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(201);
            http.setContentType("application/json");
            http.getWriter().write("{\"id\":\"created-" + runs.incrementAndGet() + "\"}");
        };
    }

    /** The request's thread dies half-way, as when its process is killed: nothing after it runs. */
    private static FilterChain processDies() {
        return (request, response) -> {
            throw new ProcessDied();
        };
    }

    private static final class ProcessDied extends Error {}
}

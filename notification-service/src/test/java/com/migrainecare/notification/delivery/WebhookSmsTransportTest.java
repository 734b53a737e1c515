package com.migrainecare.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.migrainecare.kernel.client.ReminderPreferences.Channel;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMS webhook against a small HTTP server on loopback that checks what a provider would check. */
class WebhookSmsTransportTest {

    private static final String SECRET = "webhook-test-secret";

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(202);
    private HttpServer server;
    private WebhookSmsTransport transport;

    record Received(String signature, String idempotencyKey, String contentType, byte[] body) {}

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/sms", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(
                    exchange.getRequestHeaders().getFirst(WebhookSmsTransport.SIGNATURE_HEADER),
                    exchange.getRequestHeaders().getFirst(WebhookSmsTransport.IDEMPOTENCY_HEADER),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    body));
            byte[] answer = "{\"messageId\":\"sms-1\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sms");
        transport = new WebhookSmsTransport(url, SECRET, Duration.ofSeconds(5));
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void postsSignedJsonWithTheIdempotencyKey() throws IOException {
        String receipt = transport.send(message());

        assertThat(received).singleElement().satisfies(request -> {
            String expected =
                    "sha256=" + WebhookSmsTransport.sign(SECRET.getBytes(StandardCharsets.UTF_8), request.body());
            assertThat(request.signature()).isEqualTo(expected);
            assertThat(request.idempotencyKey()).isEqualTo("booking-1:PRE_SESSION-PT2H:v0");
            assertThat(request.contentType()).isEqualTo("application/json");
        });
        JsonNode json = new ObjectMapper().readTree(received.get(0).body());
        assertThat(json.path("to").asText()).isEqualTo("+4930123456");
        assertThat(json.path("text").asText()).isEqualTo("Please drink water before you come.");
        assertThat(json.path("idempotencyKey").asText()).isEqualTo("booking-1:PRE_SESSION-PT2H:v0");
        assertThat(receipt).startsWith("HTTP 202").contains("sms-1");
    }

    @Test
    void theSignatureChangesWithTheBody() {
        byte[] secret = SECRET.getBytes(StandardCharsets.UTF_8);

        assertThat(WebhookSmsTransport.sign(secret, "{\"a\":1}".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(WebhookSmsTransport.sign(secret, "{\"a\":2}".getBytes(StandardCharsets.UTF_8)))
                .hasSize(64);
    }

    @Test
    void aRefusalIsAFailureNamingTheStatus() {
        status.set(503);

        assertThatThrownBy(() -> transport.send(message()))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("503");
    }

    @Test
    void anUnreachableWebhookIsAFailure() {
        server.stop(0);

        assertThatThrownBy(() -> transport.send(message()))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("unreachable");
    }

    private static OutgoingMessage message() {
        return new OutgoingMessage(
                "booking-1:PRE_SESSION-PT2H:v0:SMS",
                "booking-1:PRE_SESSION-PT2H:v0",
                "client-1",
                "PRE_SESSION",
                Channel.SMS,
                "+4930123456",
                "Reminder",
                "Please drink water before you come.");
    }
}

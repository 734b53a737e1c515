package com.migrainecare.notification.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SMS through an HTTP webhook (the SMS provider's or a gateway of the clinic's): a JSON body, signed with
 * HMAC-SHA256 over the exact body bytes in {@value #SIGNATURE_HEADER}, and the idempotency key in
 * {@value #IDEMPOTENCY_HEADER}. Any 2xx is an acceptance; anything else, or no answer in time, a failure.
 */
public class WebhookSmsTransport implements Transport {

    public static final String SIGNATURE_HEADER = "X-Clinic-Signature";
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private final HttpClient http;
    private final URI url;
    private final byte[] secret;
    private final Duration timeout;
    private final ObjectMapper json = new ObjectMapper();

    public WebhookSmsTransport(URI url, String secret, Duration timeout) {
        this.url = url;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public String name() {
        return "WEBHOOK";
    }

    @Override
    public String send(OutgoingMessage message) {
        byte[] body = bodyOf(message);
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header(IDEMPOTENCY_HEADER, message.idempotencyKey())
                .header(SIGNATURE_HEADER, "sha256=" + sign(secret, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new DeliveryFailedException("SMS webhook answered " + response.statusCode());
            }
            return "HTTP " + response.statusCode() + " " + abbreviate(response.body());
        } catch (IOException e) {
            throw new DeliveryFailedException("SMS webhook unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("SMS webhook call interrupted", e);
        }
    }

    /** The hex HMAC-SHA256 of {@code body} under {@code secret}, as the receiver recomputes it. */
    public static String sign(byte[] secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private byte[] bodyOf(OutgoingMessage message) {
        try {
            return json.writeValueAsBytes(Map.of(
                    "id", message.id(),
                    "idempotencyKey", message.idempotencyKey(),
                    "to", message.recipient(),
                    "text", message.body()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.strip();
        return flat.length() > 200 ? flat.substring(0, 200) : flat;
    }
}

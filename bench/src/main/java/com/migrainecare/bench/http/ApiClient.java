package com.migrainecare.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A JSON client for a service on loopback, over keep-alive HTTP/1.1 connections. */
public final class ApiClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The value of an {@code Authorization} header, or none. */
    public record Auth(String header) {
        public static final Auth NONE = new Auth(null);

        public static Auth basic(String user, String password) {
            return new Auth("Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }

        public static Auth bearer(String token) {
            return new Auth("Bearer " + token);
        }
    }

    /** A response: its status and body. */
    public record Answer(int status, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + abbreviated(), e);
            }
        }

        public String abbreviated() {
            return body.length() > 200 ? body.substring(0, 200) + "..." : body;
        }
    }

    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();

    public ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Answer get(String pathAndQuery, Auth auth) {
        return send(request(pathAndQuery, auth).GET());
    }

    public Answer post(String path, Object body, Auth auth) {
        try {
            return send(request(path, auth)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Answer postEmpty(String path, Auth auth) {
        return send(request(path, auth).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Fails unless the answer has status {@code expected}. */
    public Answer expect(int expected, Answer answer, String what) {
        if (answer.status() != expected) {
            throw new IllegalStateException(what + ": " + answer.status() + " " + answer.abbreviated());
        }
        return answer;
    }

    public static Map<String, Object> asMap(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private HttpRequest.Builder request(String pathAndQuery, Auth auth) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(TIMEOUT)
                .header("Accept", "application/json");
        if (auth.header() != null) {
            builder.header("Authorization", auth.header());
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}

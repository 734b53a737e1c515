package com.migrainecare.booking.crash;

import static com.migrainecare.booking.crash.Json.MAPPER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * One run of the booking service as a process of its own: its process, its port, its output. The test talks to
 * it over HTTP only, as its clients do, and ends it with SIGKILL, as a crash would.
 */
final class ServiceProcess {

    final String name;
    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    ServiceProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    Reply call(String method, String user, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString((user + ":pw").getBytes(StandardCharsets.UTF_8)));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        JsonNode json;
        try {
            json = text == null || text.isBlank() ? MissingNode.getInstance() : MAPPER.readTree(text);
        } catch (IOException notJson) {
            json = MAPPER.getNodeFactory().textNode(text);
        }
        return new Reply(response.statusCode(), json);
    }

    /** Polls the readiness probe (a bounded wait for a process to come up, not a check of the results). */
    void awaitReady() {
        Awaitility.await(name + " service ready")
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250))
                .failFast("the " + name + " service exited", () -> !process.isAlive())
                .until(this::ready);
    }

    private boolean ready() {
        try {
            return call("GET", "admin", "/actuator/health/readiness", null).status() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL on Linux: no shutdown hook, no flush, no graceful close. Returns at once. */
    void sigkill() {
        process.destroyForcibly();
    }

    boolean exitsWithin(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    int exitValue() {
        return process.exitValue();
    }

    /** Ends the process, if it still runs, and waits for it to be gone. */
    void kill() throws InterruptedException {
        if (process.isAlive()) {
            sigkill();
            exitsWithin(30);
        }
    }

    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException unreadable) {
            return "(no output: " + unreadable + ")";
        }
    }
}

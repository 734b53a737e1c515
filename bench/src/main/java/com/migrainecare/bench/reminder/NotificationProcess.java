package com.migrainecare.bench.reminder;

import com.migrainecare.bench.core.Log;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

/**
 * The notification service as {@code ./run.sh} starts it ({@code java -jar notification-service-*-exec.jar}), in
 * a process of its own with the heap under test, on the stores this benchmark hosts, with its default channels
 * (LOG: a reminder is recorded at {@code /api/deliveries} instead of mailed). Its output goes to a log file.
 */
final class NotificationProcess implements AutoCloseable {

    private static final String USER = "bench";
    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final Process process;
    private final int port;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String authorization =
            "Basic " + Base64.getEncoder().encodeToString((USER + ":bench").getBytes(StandardCharsets.UTF_8));

    private NotificationProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static NotificationProcess start(SharedStores stores, ReminderBenchOptions options, Path log) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + options.heap(),
                "-Daxoniq.update-checker.disabled=true",
                "-jar",
                options.serviceJar()
                        .map(Path::of)
                        .orElseGet(NotificationProcess::serviceJar)
                        .toString(),
                "--server.address=127.0.0.1",
                "--server.port=" + port,
                "--clinic.data-dir=" + stores.dataDir(),
                "--spring.data.mongodb.uri=" + stores.mongoUri(),
                "--clinic.security.users[0].username=" + USER,
                "--clinic.security.users[0].password={noop}bench",
                "--clinic.security.users[0].roles[0]=ADMIN"));
        command.addAll(options.serviceArgs());
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            // the service must not outlive this program, whichever way it ends
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop-notification-service"));
            NotificationProcess service = new NotificationProcess(process, port);
            Log.info(
                    "notification service starting (pid %d, -Xmx%s, port %d, log %s)",
                    process.pid(), options.heap(), port, log);
            service.awaitReady();
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the notification service", e);
        }
    }

    long pid() {
        return process.pid();
    }

    /** The body of an authenticated GET, or empty when the service does not answer 200. */
    String get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", authorization)
                .timeout(Duration.ofSeconds(10))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the notification service stopped (exit " + process.exitValue() + "); see its log");
            }
            if (get("/actuator/health/readiness").contains("\"UP\"")) {
                Log.info("notification service ready");
                return;
            }
            pause(Duration.ofMillis(500));
        }
        throw new IllegalStateException("the notification service was not ready within " + STARTUP);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Path serviceJar() {
        Path target = Path.of("notification-service", "target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-exec.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no notification-service/target/*-exec.jar: build it"
                            + " first (bench/reminders.sh does)"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + target.toAbsolutePath(), e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}

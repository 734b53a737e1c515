package com.migrainecare.booking.crash;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Starts the booking service as a process of its own, on the stores in the data directory, and keeps the runs it
 * started so that the test can end them and show their output when it fails.
 */
final class ServiceLauncher {

    private static final String MAIN_CLASS = "com.migrainecare.booking.BookingServiceApplication";

    private final Path dataDir;
    private final List<String> storeArguments;
    private final List<ServiceProcess> started = new ArrayList<>();

    /** {@code storeArguments}: what points the service at the store of record, beyond the data directory. */
    ServiceLauncher(Path dataDir, List<String> storeArguments) {
        this.dataDir = dataDir;
        this.storeArguments = storeArguments;
    }

    ServiceProcess start(String name) throws IOException {
        int port = freePort();
        int storePort = freePort();
        Path log = dataDir.resolve(name + "-service.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Daxoniq.update-checker.disabled=true",
                "-cp",
                serviceClassPath(),
                MAIN_CLASS,
                "--server.port=" + port,
                "--clinic.data-dir=" + dataDir.toAbsolutePath().normalize(),
                "--clinic.store.embedded.enabled=true",
                "--clinic.store.embedded.file=" + dataDir.resolve("store.mv").toAbsolutePath(),
                "--clinic.store.embedded.port=" + storePort,
                "--clinic.demo.seed=false",
                "--clinic.security.users[0].username=desk",
                "--clinic.security.users[0].password={noop}pw",
                "--clinic.security.users[0].roles[0]=FRONT_DESK",
                "--clinic.security.users[0].all-locations=true",
                "--clinic.security.users[1].username=admin",
                "--clinic.security.users[1].password={noop}pw",
                "--clinic.security.users[1].roles[0]=ADMIN"));
        command.addAll(storeArguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // the stores are chosen by the arguments alone: nothing from the environment of the build may redirect them
        builder.environment()
                .keySet()
                .removeIf(key -> key.startsWith("SPRING_")
                        || key.equals("MONGODB_URI")
                        || key.equals("CLINIC_DATA_DIR")
                        || key.equals("CLINIC_STORE_PORT")
                        || key.equals("PORT")
                        || key.equals("JAVA_TOOL_OPTIONS"));
        ServiceProcess service = new ServiceProcess(name, builder.start(), port, log);
        started.add(service);
        return service;
    }

    /** Ends every run still alive. */
    void killAll() throws InterruptedException {
        for (ServiceProcess service : started) {
            service.kill();
        }
    }

    /** The last lines each run wrote, for the report of a failed test. */
    void printTails(int lines) {
        for (ServiceProcess service : started) {
            System.out.println("----- last lines of the " + service.name + " service's output -----");
            System.out.println(service.tail(lines));
        }
    }

    /** The test's class path without the test classes: the service as it is shipped, with its dependencies. */
    private static String serviceClassPath() {
        String classPath = System.getProperty("java.class.path");
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).normalize().endsWith(Path.of("target", "test-classes")))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}

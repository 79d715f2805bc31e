package org.disputes.acceptance;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One service started from its packaged jar as a process of its own, on a free port, logging to a file. */
final class ServiceProcess implements AutoCloseable {

    private static final Path REPOSITORY = Path.of(System.getProperty("disputes.jars", "..")).toAbsolutePath().normalize();
    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts {@code name} (command-service or query-service) with the test database and the given arguments. */
    static ServiceProcess start(String name, int port, Map<String, String> environment, List<String> arguments)
            throws IOException, InterruptedException {
        return start(name, port, environment, List.of("-Xmx384m"), arguments);
    }

    static ServiceProcess start(String name, int port, Map<String, String> environment, List<String> jvmOptions,
                                List<String> arguments) throws IOException, InterruptedException {
        Path jar = REPOSITORY.resolve(name).resolve("target").resolve(name + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services before the acceptance tests");
        }
        Path logs = REPOSITORY.resolve("acceptance/target/service-logs");
        Files.createDirectories(logs);
        Path log = logs.resolve(name + "-" + port + "-" + System.currentTimeMillis() + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        builder.environment().put("DISPUTES_DB_URL", System.getProperty("DISPUTES_DB_URL"));
        builder.environment().put("DISPUTES_DB_USER", System.getProperty("DISPUTES_DB_USER"));
        builder.environment().put("DISPUTES_DB_PASSWORD", System.getProperty("DISPUTES_DB_PASSWORD"));
        ServiceProcess service = new ServiceProcess(name, builder.start(), port, log);
        service.awaitHealthy(Duration.ofSeconds(120));
        return service;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The most resident memory the process has had, from the kernel's own account (Linux). */
    long peakResidentKiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    int port() {
        return port;
    }

    private void awaitHealthy(Duration patience) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited while starting; its log: " + log + "\n"
                        + tail());
            }
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(uri("/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException starting) {
                // not listening yet
            }
            process.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        close();
        throw new IllegalStateException(name + " did not become healthy in " + patience + "; its log: " + log);
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** SIGKILL on Linux: the process gets no chance to finish anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

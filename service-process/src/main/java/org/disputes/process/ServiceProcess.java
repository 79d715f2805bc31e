package org.disputes.process;

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
import java.util.concurrent.TimeUnit;

/** One service started from its packaged jar as a process of its own, on a given port, logging to a file. */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path log;

    private ServiceProcess(String name, Process process, int port, int managementPort, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    /** The environment variable naming a service's management port (metrics, health groups). */
    public static final String MANAGEMENT_PORT = "MANAGEMENT_PORT";

    /** How long a service may take to start before it counts as failed. */
    public static final Duration START_PATIENCE = Duration.ofSeconds(120);

    /**
     * Starts the service packaged as {@code jar} (its name without {@code .jar} names the service) with the Java
     * running this code, and waits until it reports healthy.
     */
    public static ServiceProcess start(Path jar, Path logs, int port, Map<String, String> environment,
                                       List<String> jvmOptions, List<String> arguments)
            throws IOException, InterruptedException {
        ServiceProcess service = launch(jar, logs, port, environment, jvmOptions, arguments);
        service.awaitHealthy(START_PATIENCE);
        return service;
    }

    /** Starts the service as {@link #start} does, without waiting for it: for work it does before it is healthy. */
    public static ServiceProcess launch(Path jar, Path logs, int port, Map<String, String> environment,
                                        List<String> jvmOptions, List<String> arguments) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw -DskipTests package)");
        }
        String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        Files.createDirectories(logs);
        Path log = logs.resolve(name + "-" + port + "-" + System.currentTimeMillis() + ".log");
        List<String> command = new ArrayList<>(javaCommand(jvmOptions, jar));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        // a free management port of its own unless given: the services' defaults (9081, 9082) would collide when a
        // test or a benchmark runs several instances, or the system beside one already running
        int managementPort = environment.containsKey(MANAGEMENT_PORT)
                ? Integer.parseInt(environment.get(MANAGEMENT_PORT)) : freePort();
        builder.environment().put(MANAGEMENT_PORT, String.valueOf(managementPort));
        return new ServiceProcess(name, builder.start(), port, managementPort, log);
    }

    /** {@code java <jvmOptions> -jar <jar>}, with the Java running this code. */
    public static List<String> javaCommand(List<String> jvmOptions, Path jar) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The most resident memory the process has had, from the kernel's own account (Linux). */
    public long peakResidentKiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    /** CPU time the process has used so far, user and system, in milliseconds (Linux). */
    public long cpuMillis() throws IOException {
        return cpuMillisOf(process.pid());
    }

    /**
     * CPU milliseconds the service's JIT compiler threads have used so far (HotSpot's {@code C1 CompilerThread} and
     * {@code C2 CompilerThread}). A compiler thread the JVM retired meanwhile takes its time with it, so on a machine
     * with more cores than this one's two it is a lower bound.
     */
    public long compilingCpuMillis() throws IOException {
        long ticks = 0;
        try (var tasks = Files.list(Path.of("/proc", String.valueOf(process.pid()), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    if (Files.readString(task.resolve("comm")).strip().matches("C[12] CompilerThre.*")) {
                        ticks += ticksOf(Files.readString(task.resolve("stat")));
                    }
                } catch (java.nio.file.NoSuchFileException ended) {
                    // the thread ended between listing and reading
                }
            }
        }
        return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
    }

    /** The same for any process of this machine, e.g. a database server process serving the service. */
    public static long cpuMillisOf(long pid) throws IOException {
        return ticksOf(Files.readString(Path.of("/proc", String.valueOf(pid), "stat"))) * 1000 / CLOCK_TICKS_PER_SECOND;
    }

    /** utime + stime of a process's or thread's {@code stat} line. */
    private static long ticksOf(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** USER_HZ: 100 on every Linux architecture Java runs on. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public int port() {
        return port;
    }

    /** The management port: Prometheus at {@code /actuator/prometheus}, health groups under {@code /actuator/health}. */
    public int managementPort() {
        return managementPort;
    }

    public URI managementUri(String path) {
        return URI.create("http://localhost:" + managementPort + path);
    }

    public long pid() {
        return process.pid();
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    /** Waits until the service answers its health check; stops it and fails when {@code patience} runs out. */
    public void awaitHealthy(Duration patience) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited while starting; its log: " + log + "\n" + tail());
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
            process.waitFor(200, TimeUnit.MILLISECONDS);
        }
        close();
        throw new IllegalStateException(name + " did not become healthy in " + patience + "; its log: " + log);
    }

    /**
     * Waits until the service logs a line containing {@code text} and returns that line: for what a health check
     * does not show, such as a start-up task having begun.
     */
    public String awaitLogged(String text, Duration patience) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            try (var lines = Files.lines(log)) {
                var line = lines.filter(l -> l.contains(text)).findFirst();
                if (line.isPresent()) {
                    return line.get();
                }
            }
            if (process.waitFor(100, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " exited before logging \"" + text + "\"; its log: " + log);
            }
        }
        throw new IllegalStateException(name + " did not log \"" + text + "\" in " + patience + "; its log: " + log);
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** SIGKILL on Linux: the process gets no chance to finish anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() {
        closeAll(List.of(this));
    }

    /**
     * Stops every one of {@code services} at once (SIGTERM: each shuts down gracefully), each killed when it has not
     * stopped in 30 seconds: a system of several services stops in the time of its slowest, not of their sum.
     */
    public static void closeAll(List<ServiceProcess> services) {
        services.forEach(service -> service.process.destroy());
        try {
            for (ServiceProcess service : services) {
                if (!service.process.waitFor(30, TimeUnit.SECONDS)) {
                    service.process.destroyForcibly().waitFor();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

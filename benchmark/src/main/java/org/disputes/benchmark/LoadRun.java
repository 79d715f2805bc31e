package org.disputes.benchmark;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The refund desk at work: each client files a claim, then the carrier adds two proofs and the agent the customer's
 * call log, one request after the other, again and again; the saga decides each case when its short window closes.
 * Meanwhile probes watch, for a sample of commands, when the answer becomes visible in the query service
 * ({@code minVersion}) and, for a sample of cases, when the decision does after the window closed. Only what
 * happens after the warm-up counts.
 */
final class LoadRun {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AGENT = Requests.basic("agent", "agent-demo");
    private static final String CARRIER = Requests.basic("carrier", "carrier-demo");

    private final Services services;
    private final Options options;
    private final HttpClient commandsHttp = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final HttpClient probesHttp = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService decisionProbes = Executors.newScheduledThreadPool(64);
    private final List<CompletableFuture<?>> pendingProbes = new ArrayList<>();

    private final Latency commandLatency = new Latency();
    private final Latency projectionLag = new Latency();
    private final Latency decisionVisible = new Latency();
    private final LongAdder commands = new LongAdder();
    private final LongAdder claims = new LongAdder();
    private final AtomicLong decisionsNotSeen = new AtomicLong();
    private final AtomicLong decisionsWatched = new AtomicLong();
    private final Map<Integer, LongAdder> failures = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> failureSamples = new ConcurrentLinkedQueue<>();
    private long measureFrom;
    private long measureUntil;

    record Figures(Duration measured, long commands, long claims, Latency commandLatency, Latency projectionLag,
                   Latency decisionVisible, long decisionsNotSeen, Map<Integer, LongAdder> failures,
                   List<String> failureSamples, long commandServiceCpuMillis, long queryServiceCpuMillis) {

        /** CPU each service spent per answered command while measured, in milliseconds. */
        String cpuPerCommand() {
            return String.format("command service %.2f ms, query service %.2f ms",
                    commandServiceCpuMillis / (double) Math.max(1, commands),
                    queryServiceCpuMillis / (double) Math.max(1, commands));
        }

        double commandsPerSecond() {
            return commands / (measured.toNanos() / 1e9);
        }

        double claimsPerSecond() {
            return claims / (measured.toNanos() / 1e9);
        }
    }

    LoadRun(Services services, Options options) {
        this.services = services;
        this.options = options;
    }

    Figures run() throws InterruptedException, IOException {
        long start = System.nanoTime();
        measureFrom = start + options.warmUp().toNanos();
        measureUntil = measureFrom + options.measure().toNanos();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < options.clients(); i++) {
            Thread client = new Thread(this::workUntilTheEnd, "client-" + i);
            clients.add(client);
            client.start();
        }
        Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000)); // the warm-up's length
        services.startMeasuring();
        for (Thread client : clients) {
            client.join();
        }
        long[] cpu = services.cpuMillisSinceStart();
        // the last cases' windows close after the load ends: wait for their decisions, then for the lag probes
        Instant patience = Instant.now().plus(options.responseWindow()).plusSeconds(60);
        while (decisionsWatched.get() > 0 && Instant.now().isBefore(patience)) {
            Thread.sleep(50); // polling a counter against a deadline
        }
        decisionsNotSeen.addAndGet(decisionsWatched.get());
        decisionProbes.shutdownNow();
        synchronized (pendingProbes) {
            try {
                CompletableFuture.allOf(pendingProbes.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            } catch (Exception stillWaiting) {
                failureSamples.add("lag probes unanswered after 60 s: " + stillWaiting);
            }
        }
        return new Figures(options.measure(), commands.sum(), claims.sum(), commandLatency, projectionLag,
                decisionVisible, decisionsNotSeen.get(), failures, List.copyOf(failureSamples), cpu[0], cpu[1]);
    }

    private void workUntilTheEnd() {
        long sent = 0;
        long filed = 0;
        while (System.nanoTime() < measureUntil) {
            UUID caseId = UUID.randomUUID();
            String evidence = "/api/cases/" + caseId + "/evidence";
            Optional<Long> version = command("/api/delivery-claims", AGENT, Requests.claim(caseId), 201, ++sent);
            if (version.isEmpty()) {
                continue;
            }
            filed++;
            if (inMeasuredPhase(System.nanoTime())) {
                claims.increment();
            }
            version = command(evidence, CARRIER, Requests.codeConfirmation(), 202, ++sent);
            if (version.isPresent()) {
                version = command(evidence, CARRIER, Requests.gpsScan(), 202, ++sent);
            }
            if (version.isPresent()) {
                version = command(evidence, AGENT, Requests.callLog(), 202, ++sent);
            }
            if (version.isPresent() && inMeasuredPhase(System.nanoTime()) && filed % options.decisionSampleEvery() == 0) {
                long evidenced = version.get();
                decisionsWatched.incrementAndGet();
                decisionProbes.execute(() -> watchForDecision(caseId, evidenced));
            }
        }
    }

    /** Sends one command and records it; its version when accepted. A sample of them is probed for lag. */
    private Optional<Long> command(String path, String user, String body, int expected, long sequence) {
        HttpRequest request = HttpRequest.newBuilder(services.commands().uri(path))
                .header("Authorization", user).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long sentAt = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = commandsHttp.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            failed(-1, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        long answeredAt = System.nanoTime();
        if (response.statusCode() != expected) {
            failed(response.statusCode(), path + " -> " + response.body());
            return Optional.empty();
        }
        JsonNode answer = JSON.readTree(response.body());
        long version = answer.path("version").asLong();
        boolean counted = sentAt >= measureFrom && answeredAt <= measureUntil;
        if (counted) {
            commands.increment();
            commandLatency.recordNanos(answeredAt - sentAt);
        }
        // probed in the warm-up too, so the query service's read path is as warm as the command path when measured
        if (sequence % options.lagSampleEvery() == 0) {
            probeLag(answer.path("caseId").asString(), version, answeredAt, counted);
        }
        return Optional.of(version);
    }

    /** Asks the query service for the case at the answered version; the time until it answers is the lag. */
    private void probeLag(String caseId, long version, long answeredAt, boolean counted) {
        CompletableFuture<Long> visible = untilVisible(() -> probesHttp.sendAsync(read(caseId, version),
                HttpResponse.BodyHandlers.discarding()), Instant.now().plusSeconds(30));
        if (!counted) {
            return;
        }
        CompletableFuture<?> probe = visible.thenAccept(visibleAt -> projectionLag.recordNanos(visibleAt - answeredAt));
        synchronized (pendingProbes) {
            pendingProbes.add(probe);
        }
    }

    /** Completes with the moment the read answered 200, re-asking while it answers 503 (not there yet). */
    private CompletableFuture<Long> untilVisible(Supplier<CompletableFuture<HttpResponse<Void>>> read, Instant deadline) {
        return read.get().thenCompose(response -> {
            if (response.statusCode() == 200) {
                return CompletableFuture.completedFuture(System.nanoTime());
            }
            if (response.statusCode() == 503 && Instant.now().isBefore(deadline)) {
                return untilVisible(read, deadline);
            }
            failed(response.statusCode(), "lag probe of " + response.uri());
            return new CompletableFuture<>();
        });
    }

    /**
     * Reads the case once its evidence is visible, waits until its window closes, then follows its changes until a
     * decision shows; the time from the window's end to that moment is the decision's latency.
     */
    private void watchForDecision(UUID caseId, long version) {
        Instant patience = Instant.now().plusSeconds(30);
        Optional<JsonNode> view = view(caseId.toString(), version);
        while (view.isEmpty() && Instant.now().isBefore(patience)) {
            view = view(caseId.toString(), version);
        }
        if (view.isEmpty()) {
            decisionsNotSeen.incrementAndGet();
            decisionsWatched.decrementAndGet();
            return;
        }
        Instant dueBy = Instant.parse(view.get().path("responseDueBy").asString());
        long seen = view.get().path("version").asLong();
        long delay = Math.max(0, Duration.between(Instant.now(), dueBy).toMillis());
        decisionProbes.schedule(() -> awaitDecision(caseId, seen, dueBy), delay, TimeUnit.MILLISECONDS);
    }

    private void awaitDecision(UUID caseId, long seen, Instant dueBy) {
        Instant deadline = dueBy.plusSeconds(30);
        long version = seen;
        while (Instant.now().isBefore(deadline)) {
            Optional<JsonNode> view = view(caseId.toString(), version + 1);
            Instant now = Instant.now();
            if (view.isPresent() && view.get().hasNonNull("decision")) {
                decisionVisible.recordNanos(Duration.between(dueBy, now).toNanos());
                decisionsWatched.decrementAndGet();
                return;
            }
            version = view.map(v -> v.path("version").asLong()).orElse(version);
        }
        decisionsNotSeen.incrementAndGet();
        decisionsWatched.decrementAndGet();
    }

    /** The case once it has reached {@code version}; empty while it has not (the query service's 503). */
    private Optional<JsonNode> view(String caseId, long version) {
        try {
            HttpResponse<String> response = probesHttp.send(read(caseId, version), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return Optional.of(JSON.readTree(response.body()));
            }
            if (response.statusCode() != 503) {
                failed(response.statusCode(), "read of " + caseId + " -> " + response.body());
            }
        } catch (IOException e) {
            failed(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    private HttpRequest read(String caseId, long version) {
        return HttpRequest.newBuilder(services.queries().uri("/api/cases/" + caseId + "?minVersion=" + version))
                .header("Authorization", AGENT).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private boolean inMeasuredPhase(long nanos) {
        return nanos >= measureFrom && nanos <= measureUntil;
    }

    private void failed(int status, String sample) {
        failures.computeIfAbsent(status, s -> new LongAdder()).increment();
        if (failureSamples.size() < 5) {
            failureSamples.add(sample);
        }
    }

}

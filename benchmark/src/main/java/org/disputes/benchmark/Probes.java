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
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the query side shows, watched during a phase: for a sample of commands, when the answer becomes visible
 * ({@code minVersion}), the projection lag; for a sample of cases, when the decision does after the window closed.
 * Each read goes to the next query instance in turn.
 */
final class Probes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Services services;
    private final Failures failures;
    private final HttpClient http = LoadClient.create();
    private final ScheduledExecutorService decisionProbes = Executors.newScheduledThreadPool(64);
    private final List<CompletableFuture<?>> pendingLagProbes = new ArrayList<>();
    private final AtomicLong reads = new AtomicLong();
    private final Latency projectionLag = new Latency();
    private final Latency decisionVisible = new Latency();
    private final AtomicLong decisionsNotSeen = new AtomicLong();
    private final AtomicLong decidedBeforeLastStep = new AtomicLong();
    private final AtomicLong decisionsWatched = new AtomicLong();

    Probes(Services services, Failures failures) {
        this.services = services;
        this.failures = failures;
    }

    /**
     * Asks the query side for the case at the answered version; the time until it answers is the lag, recorded when
     * {@code counted} (probes in the warm-up keep the read path as warm as the command path).
     */
    void projectionLag(UUID caseId, long version, long answeredAt, boolean counted) {
        CompletableFuture<Long> visible = untilVisible(caseId, version, Instant.now().plusSeconds(30));
        if (!counted) {
            return;
        }
        CompletableFuture<?> probe = visible.thenAccept(visibleAt -> projectionLag.recordNanos(visibleAt - answeredAt));
        synchronized (pendingLagProbes) {
            pendingLagProbes.add(probe);
        }
    }

    /** Watches the case, whose evidence is all in at {@code version}, until its decision shows. */
    void decision(UUID caseId, long version) {
        decisionsWatched.incrementAndGet();
        decisionProbes.execute(() -> watchForDecision(caseId, version));
    }

    /**
     * Waits for the decisions watched (their windows close after the load ends) up to {@code patience} beyond the
     * window, then for the lag probes; what is still unseen counts as not seen.
     */
    void finish(Duration window) throws InterruptedException {
        Instant patience = Instant.now().plus(window).plusSeconds(60);
        while (decisionsWatched.get() > 0 && Instant.now().isBefore(patience)) {
            Thread.sleep(50); // polling a counter against a deadline
        }
        decisionsNotSeen.addAndGet(decisionsWatched.get());
        decisionProbes.shutdownNow();
        synchronized (pendingLagProbes) {
            try {
                CompletableFuture.allOf(pendingLagProbes.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            } catch (Exception stillWaiting) {
                failures.note("lag probes unanswered after 60 s: " + stillWaiting);
            }
        }
    }

    Latency projectionLag() {
        return projectionLag;
    }

    Latency decisionVisible() {
        return decisionVisible;
    }

    long decisionsNotSeen() {
        return decisionsNotSeen.get();
    }

    /** Cases watched that were decided before the script's last step was answered. */
    long decidedBeforeLastStep() {
        return decidedBeforeLastStep.get();
    }

    /** Completes with the moment the read answered 200, re-asking while it answers 503 (not there yet). */
    private CompletableFuture<Long> untilVisible(UUID caseId, long version, Instant deadline) {
        return http.sendAsync(read(caseId, version), HttpResponse.BodyHandlers.discarding()).thenCompose(response -> {
            if (response.statusCode() == 200) {
                return CompletableFuture.completedFuture(System.nanoTime());
            }
            if (response.statusCode() == 503 && Instant.now().isBefore(deadline)) {
                return untilVisible(caseId, version, deadline);
            }
            failures.add(response.statusCode(), "lag probe of " + response.uri());
            return new CompletableFuture<>();
        });
    }

    /**
     * Reads the case once its evidence is visible, waits until its window closes, then follows its changes until a
     * decision shows; the time from the window's end to that moment is the decision's latency.
     */
    private void watchForDecision(UUID caseId, long version) {
        Instant patience = Instant.now().plusSeconds(30);
        Optional<JsonNode> view = view(caseId, version);
        while (view.isEmpty() && Instant.now().isBefore(patience) && !stopped()) {
            view = view(caseId, version);
        }
        if (stopped()) {
            return; // counted as not seen by finish()
        }
        if (view.isEmpty()) {
            notSeen();
            return;
        }
        if (view.get().hasNonNull("decision")) {
            // decided before the script's last step was answered (the desk's steps took longer than the window):
            // when it became visible is not known, so it is counted apart, neither timed nor missed
            decidedBeforeLastStep.incrementAndGet();
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
            if (stopped()) {
                return; // counted as not seen by finish()
            }
            Optional<JsonNode> view = view(caseId, version + 1);
            Instant now = Instant.now();
            if (view.isPresent() && view.get().hasNonNull("decision")) {
                decisionVisible.recordNanos(Duration.between(dueBy, now).toNanos());
                decisionsWatched.decrementAndGet();
                return;
            }
            version = view.map(v -> v.path("version").asLong()).orElse(version);
        }
        notSeen();
    }

    /** {@link #finish} gave up on the decisions still watched. */
    private static boolean stopped() {
        return Thread.currentThread().isInterrupted();
    }

    private void notSeen() {
        decisionsNotSeen.incrementAndGet();
        decisionsWatched.decrementAndGet();
    }

    /** The case once it has reached {@code version}; empty while it has not (the query service's 503). */
    private Optional<JsonNode> view(UUID caseId, long version) {
        try {
            HttpResponse<String> response = http.send(read(caseId, version), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return Optional.of(JSON.readTree(response.body()));
            }
            if (response.statusCode() != 503) {
                failures.add(response.statusCode(), "read of " + caseId + " -> " + response.body());
            }
        } catch (IOException e) {
            failures.add(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    private HttpRequest read(UUID caseId, long version) {
        return HttpRequest.newBuilder(services.queriesFor(reads.getAndIncrement())
                        .uri("/api/cases/" + caseId + "?minVersion=" + version))
                .header("Authorization", DeskScript.AGENT).timeout(Duration.ofSeconds(30)).GET().build();
    }
}

package org.disputes.command.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one delivery: a signed {@code POST} of its body, connect within 2 s and an answer within 5 s (settings),
 * redirects not followed, at most 1 KiB of the answer kept. The target is checked again first, as its name may
 * resolve elsewhere since the subscription was written.
 */
final class DeliverySender {

    static final String WEBHOOK_ID = "Disputes-Webhook-Id";
    private final HttpClient http;
    private final TargetGuard guard;
    private final Duration answerTimeout;
    private final Clock clock;
    /** Reads answers' first bytes, so that a receiver that stalls mid-answer costs a wait, not a worker for good. */
    private final ExecutorService answerReaders = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "webhook-answer-reader");
        thread.setDaemon(true);
        return thread;
    });

    DeliverySender(TargetGuard guard, Duration connectTimeout, Duration answerTimeout, Clock clock) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.guard = guard;
        this.answerTimeout = answerTimeout;
        this.clock = clock;
    }

    Attempt send(DueDelivery delivery, UUID webhookId, String url, List<String> secrets) {
        Instant started = clock.instant();
        long startedNanos = System.nanoTime();
        URI target = URI.create(url);
        Optional<String> refused = guard.refusal(target);
        if (refused.isPresent()) {
            return failure(delivery, started, startedNanos, "target refused: the URL " + refused.get());
        }
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(answerTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "disputes-webhooks/1")
                .header(WEBHOOK_ID, webhookId.toString())
                .header(Signature.HEADER, Signature.header(started.getEpochSecond(), delivery.body(), secrets))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
                .build();
        CompletableFuture<HttpResponse<InputStream>> exchange =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        try {
            HttpResponse<InputStream> response = exchange.get(answerTimeout.toMillis() + 500, TimeUnit.MILLISECONDS);
            String answer = firstKiB(response.body(), startedNanos);
            return new Attempt(delivery.attempt(), started, response.statusCode(), elapsedMs(startedNanos), null,
                    answer);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return failure(delivery, started, startedNanos, "no answer within " + answerTimeout);
        } catch (ExecutionException e) {
            return failure(delivery, started, startedNanos, describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.cancel(true);
            return failure(delivery, started, startedNanos, "interrupted: the service is stopping");
        }
    }

    /** At most 1 KiB of the answer, read within what is left of the answer timeout. */
    private String firstKiB(InputStream body, long startedNanos) {
        try (body) {
            long left = answerTimeout.toNanos() - (System.nanoTime() - startedNanos);
            byte[] read = CompletableFuture.supplyAsync(() -> {
                try {
                    return body.readNBytes(Attempt.MAX_ANSWER);
                } catch (IOException e) {
                    return new byte[0];
                }
            }, answerReaders).get(Math.max(left, 1), TimeUnit.NANOSECONDS);
            return truncate(new String(read, StandardCharsets.UTF_8), Attempt.MAX_ANSWER);
        } catch (TimeoutException | ExecutionException | IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    void close() {
        answerReaders.shutdownNow();
    }

    private Attempt failure(DueDelivery delivery, Instant started, long startedNanos, String error) {
        return new Attempt(delivery.attempt(), started, null, elapsedMs(startedNanos), truncate(error,
                Attempt.MAX_ERROR), null);
    }

    /** The kind of failure in words, without the receiver's address details or a stack trace. */
    private String describe(Throwable failure) {
        if (failure instanceof HttpConnectTimeoutException) {
            return "could not connect within the connect timeout";
        }
        if (failure instanceof HttpTimeoutException) {
            return "no answer within " + answerTimeout;
        }
        if (failure instanceof ConnectException) {
            return "connection refused";
        }
        if (failure instanceof javax.net.ssl.SSLException) {
            return "TLS failed: " + failure.getMessage();
        }
        if (failure instanceof IOException) {
            return "I/O error: " + (failure.getMessage() == null ? failure.getClass().getSimpleName()
                    : failure.getMessage());
        }
        return "failed: " + failure.getClass().getSimpleName();
    }

    private static long elapsedMs(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    /** Cut to at most {@code max} UTF-16 units, never inside a surrogate pair. */
    static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}

package org.disputes.acceptance;

import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntUnaryOperator;

/**
 * A receiver of webhooks, as a system acting on them would run one: a real HTTP server (the JDK's) on loopback that
 * records every request and answers with the status {@code answers} gives for the n-th request (counting from 1),
 * after {@code delay}. It can go down and come back on the same port.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived. */
    record Received(String webhookId, String signature, String body, JsonNode json, int answeredWith,
                    Instant at) {
        String id() {
            return json.path("id").asString();
        }

        String type() {
            return json.path("type").asString();
        }

        String caseId() {
            return json.path("caseId").asString();
        }
    }

    private final int port;
    private final IntUnaryOperator answers;
    private final Duration delay;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<Received> received = new ArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private HttpServer server;

    private WebhookReceiver(int port, IntUnaryOperator answers, Duration delay) {
        this.port = port;
        this.answers = answers;
        this.delay = delay;
    }

    static WebhookReceiver start(IntUnaryOperator answers, Duration delay) throws IOException {
        WebhookReceiver receiver = new WebhookReceiver(org.disputes.process.ServiceProcess.freePort(), answers,
                delay);
        receiver.up();
        return receiver;
    }

    static WebhookReceiver answering200() throws IOException {
        return start(n -> 200, Duration.ZERO);
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hooks";
    }

    synchronized void up() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.setExecutor(threads);
        server.createContext("/hooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = answers.applyAsInt(requests.incrementAndGet());
            if (!delay.isZero()) {
                LockSupport.parkNanos(delay.toNanos());
            }
            String text = new String(body, StandardCharsets.UTF_8);
            synchronized (this) {
                received.add(new Received(exchange.getRequestHeaders().getFirst("Disputes-Webhook-Id"),
                        exchange.getRequestHeaders().getFirst("Disputes-Signature"), text,
                        Api.JSON.readTree(text), status, Instant.now()));
            }
            byte[] answer = ("{\"answer\": " + status + "}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    synchronized void down() {
        server.stop(0);
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** What was answered 2xx, in arrival order. */
    synchronized List<Received> accepted() {
        return received.stream().filter(r -> r.answeredWith() / 100 == 2).toList();
    }

    /** Accepted deliveries of one case, in arrival order. */
    List<Received> acceptedFor(String caseId) {
        return accepted().stream().filter(r -> r.caseId().equals(caseId)).toList();
    }

    int requestCount() {
        return requests.get();
    }

    @Override
    public void close() {
        down();
        threads.shutdownNow();
    }
}

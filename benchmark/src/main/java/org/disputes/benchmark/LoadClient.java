package org.disputes.benchmark;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The HTTP client the load and its probes send with. Its answers are handled on the client's own selector thread:
 * with the default executor each step of each exchange is handed to a pool thread and back, and those hand-offs
 * (futex wake-ups and context switches) were most of the benchmark's own CPU, taken from the two cores it shares with
 * what it measures. Nothing run on answers here blocks; blocking sends wait on threads of their own.
 */
final class LoadClient {

    private LoadClient() {
    }

    static HttpClient create() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Runnable::run)
                .build();
    }
}

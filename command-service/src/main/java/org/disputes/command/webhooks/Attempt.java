package org.disputes.command.webhooks;

import java.time.Instant;

/** One try at sending a delivery: what the receiver answered (at most 1 KiB of it), or why it could not. */
record Attempt(int attempt, Instant attemptedAt, Integer statusCode, long durationMs, String error, String answer) {

    static final int MAX_ANSWER = 1024;
    static final int MAX_ERROR = 500;

    boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}

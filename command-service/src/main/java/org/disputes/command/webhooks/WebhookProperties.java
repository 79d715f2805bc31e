package org.disputes.command.webhooks;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How webhooks are delivered ({@code disputes.webhooks.*}; README's configuration table, docs/WEBHOOKS.md).
 *
 * @param secretKey            base64 of 32 bytes: the AES key subscription secrets are stored under; unset, a
 *                             built-in demo key is used and the service says so at start-up
 * @param rotationOverlap      how long a rotated-out secret keeps signing beside the new one
 * @param firstRetry           the wait before the first retry; each later one waits twice as long, with jitter
 * @param maxRetryInterval     the longest wait between two attempts
 * @param retryFor             how long a delivery is retried before it is {@code FAILED}
 * @param workers              deliveries sent at once by one instance
 * @param perSubscription      deliveries of one subscription sent at once by one instance, so that a slow
 *                             receiver holds only these and never the others' turn
 * @param polling              how often an idle instance looks for due deliveries queued by others
 * @param linger               how often at most the feed begins a batch of events, so that one transaction queues
 *                             several commands' deliveries
 */
@ConfigurationProperties("disputes.webhooks")
public record WebhookProperties(boolean allowInsecureTargets, boolean allowPrivateTargets, String secretKey,
                                Duration rotationOverlap, Duration firstRetry, Duration maxRetryInterval,
                                Duration retryFor, Duration connectTimeout, Duration answerTimeout, int workers,
                                int perSubscription, Duration polling, Duration linger) {

    public WebhookProperties {
        rotationOverlap = orElse(rotationOverlap, Duration.ofHours(24));
        firstRetry = orElse(firstRetry, Duration.ofSeconds(10));
        maxRetryInterval = orElse(maxRetryInterval, Duration.ofHours(1));
        retryFor = orElse(retryFor, Duration.ofHours(72));
        connectTimeout = orElse(connectTimeout, Duration.ofSeconds(2));
        answerTimeout = orElse(answerTimeout, Duration.ofSeconds(5));
        workers = workers <= 0 ? 16 : workers;
        perSubscription = perSubscription <= 0 ? 4 : perSubscription;
        polling = orElse(polling, Duration.ofMillis(250));
        linger = orElse(linger, Duration.ofMillis(100));
    }

    /** How long a worker holds a delivery it sends: longer than any send may take, so a live one never loses it. */
    Duration lease() {
        return connectTimeout.plus(answerTimeout).plusSeconds(10);
    }

    private static Duration orElse(Duration value, Duration otherwise) {
        return value == null ? otherwise : value;
    }
}

package org.disputes.command.webhooks;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;
import java.time.Duration;

/**
 * Deliveries by outcome ({@code disputes.webhooks.deliveries}, tag {@code outcome}: delivered, retried, failed)
 * and the age of the oldest pending delivery in seconds ({@code disputes.webhooks.oldest.pending.age}, read from
 * the table when sampled, so it is the same on every instance).
 */
final class WebhookMetrics {

    private final Counter delivered;
    private final Counter retried;
    private final Counter failed;

    WebhookMetrics(MeterRegistry registry, DeliveryRepository deliveries, Clock clock) {
        delivered = counter(registry, "delivered");
        retried = counter(registry, "retried");
        failed = counter(registry, "failed");
        Gauge.builder("disputes.webhooks.oldest.pending.age", deliveries,
                        repository -> repository.oldestPending()
                                .map(oldest -> Duration.between(oldest, clock.instant()).toMillis() / 1000.0)
                                .orElse(0.0))
                .baseUnit("seconds")
                .description("age of the oldest webhook delivery not yet delivered nor failed")
                .register(registry);
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("disputes.webhooks.deliveries").tag("outcome", outcome)
                .description("webhook delivery attempts by outcome").register(registry);
    }

    void delivered() {
        delivered.increment();
    }

    void retried() {
        retried.increment();
    }

    void failed() {
        failed.increment();
    }
}

package org.disputes.platform.deadletter;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Readiness says which groups have parked events: the service answers, but some case's views (or saga, or
 * deliveries) wait for an operator. {@code DEGRADED}, which the readiness group maps to 503.
 */
final class DeadLetterHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Events wait in the dead-letter queue");

    private final DeadLetters deadLetters;

    DeadLetterHealth(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public Health health() {
        Map<String, Long> parked = new LinkedHashMap<>();
        deadLetters.counts().forEach((group, count) -> {
            if (count > 0) {
                parked.put(group, count);
            }
        });
        return (parked.isEmpty() ? Health.up() : Health.status(DEGRADED)).withDetail("groups", parked).build();
    }
}

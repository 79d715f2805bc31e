package org.disputes.command.webhooks;

import java.time.Instant;
import java.util.UUID;

/** One event on its way to one subscription, as the delivery log shows it. */
record Delivery(UUID id, UUID subscriptionId, String eventId, WebhookEventType type, UUID caseId, Status status,
                int attempts, Instant createdAt, Instant nextAttemptAt, Instant deliveredAt) {

    enum Status {
        /** waiting for its first or next attempt */
        PENDING,
        /** a receiver answered 2xx */
        DELIVERED,
        /** retried for disputes.webhooks.retry-for without success; may be redelivered by hand */
        FAILED
    }
}

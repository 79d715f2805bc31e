package org.disputes.command.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/** What the webhook endpoints answer. A secret appears only in the answer that made it. */
final class WebhookViews {

    private WebhookViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Created(String webhookId, String secret, WebhookView webhook) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Rotated(String webhookId, String secret, Instant previousSecretValidUntil) {
    }

    /** A subscription without its secrets, with how many of its deliveries are in each state. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WebhookView(String webhookId, String url, List<String> events, String sellerId, String carrierId,
                       String description, boolean active, Instant createdAt, String createdBy, Instant updatedAt,
                       Instant previousSecretValidUntil, DeliveryCounts deliveries) {
    }

    record DeliveryCounts(long pending, long delivered, long failed) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DeliveryView(String deliveryId, String webhookId, String eventId, String type, String caseId,
                        String status, int attempts, Instant createdAt, Instant nextAttemptAt, Instant deliveredAt,
                        List<AttemptView> log) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AttemptView(int attempt, Instant attemptedAt, Integer statusCode, long durationMs, String error,
                       String answer) {
    }
}

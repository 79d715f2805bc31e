package org.disputes.command.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A receiver's standing order: which events of which cases go to which URL. Its secrets are kept sealed. */
record Subscription(UUID id, String url, List<WebhookEventType> events, String sellerId, String carrierId,
                    String description, boolean active, byte[] secret, byte[] previousSecret,
                    Instant previousSecretUntil, String createdBy, Instant createdAt, Instant updatedAt) {
}

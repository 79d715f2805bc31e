package org.disputes.command.webhooks;

import java.time.Instant;
import java.util.UUID;

/** A delivery a worker claimed to send now, held until {@code claimedUntil}. */
record DueDelivery(UUID id, UUID subscriptionId, String body, int attempt, Instant retryFrom, Instant claimedUntil) {
}

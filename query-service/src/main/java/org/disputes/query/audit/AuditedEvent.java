package org.disputes.query.audit;

import tools.jackson.databind.JsonNode;

/**
 * An event as the regulator sees it: where it stands in its case and in the store, what it said, who caused it
 * under which policy, and the links of its hash chain. {@code payload} is null when the stored bytes are no
 * longer readable JSON (verify says why).
 */
public record AuditedEvent(String caseId, long sequence, long globalPosition, String type, String occurredAt,
                           JsonNode payload, Attribution metadata, String hash, String previousHash) {

    /** Who caused an event, in which role, along which chain of messages, under which policy. */
    public record Attribution(String actor, String role, String correlationId, String causationId,
                              String policyVersion) {
    }
}

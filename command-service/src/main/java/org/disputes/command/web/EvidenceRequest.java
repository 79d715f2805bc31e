package org.disputes.command.web;

import org.disputes.api.evidence.EvidenceType;
import org.disputes.api.evidence.Party;

import java.time.Instant;
import java.util.Map;

/** The body of {@code POST /api/cases/{caseId}/evidence}. */
record EvidenceRequest(
        String evidenceId,
        Party party,
        EvidenceType type,
        Instant capturedAt,
        String sha256,
        String uri,
        String description,
        Map<String, Object> attributes) {
}

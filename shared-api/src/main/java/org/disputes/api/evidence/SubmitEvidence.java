package org.disputes.api.evidence;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputes.api.CaseId;

import java.net.URI;
import java.time.Instant;

/** A party submits one evidence item to a case. */
public record SubmitEvidence(
        @TargetAggregateIdentifier CaseId caseId,
        EvidenceId evidenceId,
        Party party,
        EvidenceType type,
        Instant capturedAt,
        Sha256 sha256,
        URI uri,
        String description,
        EvidenceAttributes attributes) {

    public SubmitEvidence {
        attributes = attributes == null ? EvidenceAttributes.NONE : attributes;
    }
}

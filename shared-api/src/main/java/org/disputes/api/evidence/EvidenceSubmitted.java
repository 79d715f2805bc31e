package org.disputes.api.evidence;

import org.disputes.api.privacy.PersonalData;
import org.disputes.api.CaseEvent;
import org.disputes.api.CaseId;

import java.net.URI;
import java.time.Instant;

/** An evidence item became part of a case's record at {@code submittedAt}. */
public record EvidenceSubmitted(
        CaseId caseId,
        EvidenceId evidenceId,
        Party party,
        EvidenceType type,
        Instant capturedAt,
        Sha256 sha256,
        @PersonalData URI uri,
        @PersonalData String description,
        @PersonalData EvidenceAttributes attributes,
        Instant submittedAt) implements CaseEvent {
}

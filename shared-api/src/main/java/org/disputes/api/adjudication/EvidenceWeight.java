package org.disputes.api.adjudication;

import org.disputes.api.evidence.EvidenceId;

/** What one evidence item counted for in a decision, and why. */
public record EvidenceWeight(EvidenceId evidenceId, String weight, int points, String explanation) {
}

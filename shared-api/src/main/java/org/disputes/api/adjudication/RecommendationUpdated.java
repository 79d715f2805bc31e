package org.disputes.api.adjudication;

import org.disputes.api.CaseId;

import java.time.Instant;
import java.util.List;

/** New evidence on an escalated or appealed case was weighed again; the people deciding see the new advice. */
public record RecommendationUpdated(
        CaseId caseId,
        Recommendation recommendation,
        String policyVersion,
        List<String> rules,
        List<String> reasons,
        List<EvidenceWeight> weighedEvidence,
        Instant updatedAt) {
}

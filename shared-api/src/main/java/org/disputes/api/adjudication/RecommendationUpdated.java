package org.disputes.api.adjudication;

import org.disputes.api.CaseEvent;
import org.disputes.api.CaseId;

import java.time.Instant;
import java.util.List;

/**
 * New evidence on an escalated or appealed case was weighed again; the people deciding see the new advice.
 * {@code reasonDetails} are the same reasons as data, as in {@link CaseDecided}.
 */
public record RecommendationUpdated(
        CaseId caseId,
        Recommendation recommendation,
        String policyVersion,
        List<String> rules,
        List<String> reasons,
        List<EvidenceWeight> weighedEvidence,
        Instant updatedAt,
        List<ReasonDetail> reasonDetails) implements CaseEvent {

    public RecommendationUpdated {
        reasonDetails = reasonDetails == null ? List.of() : List.copyOf(reasonDetails);
    }

    /** New advice without its reasons as data, as recorded before they existed. */
    public RecommendationUpdated(CaseId caseId, Recommendation recommendation, String policyVersion,
                                 List<String> rules, List<String> reasons, List<EvidenceWeight> weighedEvidence,
                                 Instant updatedAt) {
        this(caseId, recommendation, policyVersion, rules, reasons, weighedEvidence, updatedAt, List.of());
    }
}

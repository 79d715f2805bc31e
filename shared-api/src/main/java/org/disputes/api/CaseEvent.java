package org.disputes.api;

import org.disputes.api.adjudication.CaseDecided;
import org.disputes.api.adjudication.DecisionAppealed;
import org.disputes.api.adjudication.EscalatedCaseDecided;
import org.disputes.api.adjudication.EscalationOverdue;
import org.disputes.api.adjudication.ProofRequested;
import org.disputes.api.adjudication.RecommendationUpdated;
import org.disputes.api.claim.CaseClosed;
import org.disputes.api.claim.CustomerDisputeOpened;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.evidence.EvidenceSubmitted;
import org.disputes.api.fraud.FraudSuspicionRecorded;
import org.disputes.api.refund.RefundIssued;
import org.disputes.api.scam.ScamReportLinked;

/**
 * Every event of a case's history, and nothing else. Sealed, so the list below is the whole family: whoever folds,
 * tells or reacts to a case's events is tested against it ({@code Class.getPermittedSubclasses()}), and an event
 * added here that one of them does not handle fails the build. An event is stored under its class name, so its
 * class keeps its name and package for good.
 */
public sealed interface CaseEvent permits DeliveryClaimFiled, CustomerDisputeOpened, EvidenceSubmitted,
        ProofRequested, CaseDecided, RecommendationUpdated, EscalationOverdue, EscalatedCaseDecided, DecisionAppealed,
        RefundIssued, FraudSuspicionRecorded, CaseClosed, ScamReportLinked {

    CaseId caseId();
}

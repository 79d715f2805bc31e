package org.disputes.api.refund;

import org.disputes.api.CaseEvent;
import org.disputes.api.CaseId;
import org.disputes.api.Money;
import org.disputes.api.Tender;

import java.time.Instant;
import java.util.List;

/** The claimed amount was paid back, split over the original tenders. Happens at most once per case. */
public record RefundIssued(CaseId caseId, Money total, List<Tender> tenders, String decidedBy, Instant issuedAt) implements CaseEvent {
}

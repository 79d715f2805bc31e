package org.disputes.api.adjudication;

import org.disputes.api.CaseEvent;
import org.disputes.api.CaseId;
import org.disputes.api.evidence.Party;

import java.time.Instant;
import java.util.List;

/** The parties that carry the burden were asked for their proof, due by {@code dueBy}. */
public record ProofRequested(CaseId caseId, List<Party> from, Instant dueBy, Instant requestedAt) implements CaseEvent {
}

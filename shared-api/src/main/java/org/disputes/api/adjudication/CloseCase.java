package org.disputes.api.adjudication;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputes.api.CaseId;

import java.time.Instant;

/** The appeal window of a denial that {@code appealDueBy} ended passed unused: close the case for good. */
public record CloseCase(@TargetAggregateIdentifier CaseId caseId, Instant appealDueBy) {
}

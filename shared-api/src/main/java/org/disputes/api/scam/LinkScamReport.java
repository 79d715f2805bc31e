package org.disputes.api.scam;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputes.api.CaseId;

import java.util.UUID;

/** Puts a scam report that names a case on that case's record. */
public record LinkScamReport(@TargetAggregateIdentifier CaseId caseId, UUID reportId, ScamContactId contactId,
                             ScamChannel channel, String contact, String impersonatedBrand) {
}

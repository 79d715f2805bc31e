package org.disputes.api.scam;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.disputes.api.CaseId;
import org.disputes.api.Money;
import org.disputes.api.TenderMethod;

import java.time.Instant;
import java.util.UUID;

/**
 * An agent reports a contact that impersonated a brand to a customer. The contact is already normalised (its id
 * follows from it); {@code url} is the web address as reported, for a website. Optional: case, description, when it
 * happened, the loss and how it was paid.
 */
public record ReportScamContact(@TargetAggregateIdentifier ScamContactId contactId, UUID reportId,
                                NormalisedContact contact, String url, String impersonatedBrand, String customerId,
                                CaseId caseId, String description, Instant occurredAt, Money amountLost,
                                TenderMethod paymentMethod) {
}

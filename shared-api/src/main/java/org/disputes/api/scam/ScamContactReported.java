package org.disputes.api.scam;

import org.disputes.api.privacy.PersonalData;
import org.disputes.api.CaseId;
import org.disputes.api.Money;
import org.disputes.api.TenderMethod;

import java.time.Instant;
import java.util.UUID;

/** A customer's report of a scam contact, as an agent took it; the contact in its normalised form. */
public record ScamContactReported(ScamContactId contactId, UUID reportId, ScamChannel channel, String contact,
                                  String url, String impersonatedBrand, String customerId, CaseId caseId,
                                  @PersonalData String description, Instant occurredAt, Money amountLost,
                                  TenderMethod paymentMethod, Instant reportedAt) implements ScamContactEvent {
}

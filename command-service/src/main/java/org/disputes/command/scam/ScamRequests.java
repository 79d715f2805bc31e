package org.disputes.command.scam;

import org.disputes.api.TenderMethod;
import org.disputes.api.scam.ScamChannel;

import java.time.Instant;

/** The bodies of the scam endpoints (API.md, {@code POST /api/scam-reports} and "Scam contacts"). */
final class ScamRequests {

    private ScamRequests() {
    }

    record Report(ScamChannel channel, String contact, String impersonatedBrand, String customerId, String caseId,
                  String description, String country, Instant occurredAt, Loss amountLost,
                  TenderMethod paymentMethod) {
    }

    record Loss(String value, String currency) {
    }

    record Justification(String justification) {
    }

    record Takedown(String addressee, String reference) {
    }

    record TakenDown(Instant at) {
    }

    record Referral(String agency, String reference) {
    }

    /** The answer to a report: the report's id and the contact it was counted on. */
    record ReportAccepted(String reportId, String contactId) {
    }

    /** The answer to what a person did with a contact. */
    record ContactAccepted(String contactId) {
    }
}

package org.disputes.command.webhooks;

import java.util.Arrays;
import java.util.Optional;

/** What a subscription may ask for (API.md), by the names receivers see. */
enum WebhookEventType {
    CASE_OPENED("case.opened"),
    PROOF_REQUESTED("proof.requested"),
    EVIDENCE_SUBMITTED("evidence.submitted"),
    CASE_DECIDED("case.decided"),
    CASE_ESCALATED("case.escalated"),
    ESCALATION_OVERDUE("escalation.overdue"),
    REFUND_ISSUED("refund.issued"),
    DECISION_APPEALED("decision.appealed"),
    CASE_CLOSED("case.closed"),
    /** subscribable now; sent once scam contacts are confirmed by the system */
    SCAM_CONTACT_CONFIRMED("scam_contact.confirmed"),
    /** subscribable now; sent once customers' erasure exists */
    CUSTOMER_ERASED("customer.erased");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }

    static Optional<WebhookEventType> fromWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
    }

    static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(WebhookEventType::wireName).toList());
    }
}

package org.disputes.api.privacy;

import org.disputes.api.CaseEvent;
import org.disputes.api.fraud.CourierEvent;
import org.disputes.api.scam.ScamContactEvent;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which field of which event is personal (docs/PRIVACY.md gives the reasons). Every field of every event of the
 * sealed families must be decided here: a field added to an event without a decision fails, and so does a field
 * whose {@link PersonalData} annotation disagrees with its decision.
 */
class PersonalFieldsTest {

    enum Kind { PERSONAL, CLEAR }

    private static final Kind P = Kind.PERSONAL;
    private static final Kind C = Kind.CLEAR;

    private static final Map<String, Kind> DECISIONS = decisions(
            "DeliveryClaimFiled", "caseId", C, "purchase", C, "claimedAmount", C, "deliveryMethod", C,
            "carrierReportedDeliveredAt", C, "statement", P, "filedAt", C, "responseDueBy", C,
            "CustomerDisputeOpened", "caseId", C, "purchase", C, "claimedAmount", C, "reason", C,
            "transactionAt", C, "deliveredAt", C, "statement", P, "filedAt", C, "responseDueBy", C,
            "EvidenceSubmitted", "caseId", C, "evidenceId", C, "party", C, "type", C, "capturedAt", C, "sha256", C,
            "uri", P, "description", P, "attributes", P, "submittedAt", C,
            "ProofRequested", "caseId", C, "from", C, "dueBy", C, "requestedAt", C,
            "CaseDecided", "caseId", C, "outcome", C, "tier", C, "recommendation", C, "policyVersion", C, "rules", C,
            "reasons", C, "weighedEvidence", C, "signals", C, "decidedBy", C, "decidedAt", C, "escalationDueBy", C,
            "reasonDetails", C,
            "RecommendationUpdated", "caseId", C, "recommendation", C, "policyVersion", C, "rules", C, "reasons", C,
            "weighedEvidence", C, "updatedAt", C, "reasonDetails", C,
            "EscalationOverdue", "caseId", C, "from", C, "to", C, "missedDueBy", C, "dueBy", C, "recordedAt", C,
            "EscalatedCaseDecided", "caseId", C, "outcome", C, "justification", P, "decidedBy", C, "decidedAt", C,
            "appealDueBy", C, "reasonDetails", C,
            "DecisionAppealed", "caseId", C, "reason", P, "tier", C, "appealedAt", C, "escalationDueBy", C,
            "RefundIssued", "caseId", C, "total", C, "tenders", C, "decidedBy", C, "issuedAt", C,
            "FraudSuspicionRecorded", "caseId", C, "regulatorNotified", C, "note", P, "recordedAt", C,
            "CaseClosed", "caseId", C, "reason", C, "closedAt", C,
            "ScamReportLinked", "caseId", C, "reportId", C, "contactId", C, "channel", C, "contact", C,
            "impersonatedBrand", C, "linkedAt", C,
            "CourierFlagged", "courierId", C, "caseId", C, "signal", C, "flaggedAt", C,
            "FraudReferralOpened", "courierId", C, "referralId", C, "caseIds", C, "openedAt", C,
            "ScamContactReported", "contactId", C, "reportId", C, "channel", C, "contact", C, "url", C,
            "impersonatedBrand", C, "customerId", C, "caseId", C, "description", P, "occurredAt", C,
            "amountLost", C, "paymentMethod", C, "reportedAt", C,
            "ScamContactSuspected", "contactId", C, "rule", C, "reason", C, "customers", C, "suspectedAt", C,
            "ScamContactConfirmed", "contactId", C, "justification", C, "confirmedBy", C, "confirmedAt", C,
            "ScamContactDismissed", "contactId", C, "justification", C, "dismissedBy", C, "dismissedAt", C,
            "ScamTakedownRequested", "contactId", C, "addressee", C, "reference", C, "requestedAt", C,
            "ScamContactTakenDown", "contactId", C, "takenDownAt", C, "recordedAt", C,
            "ScamContactReferred", "contactId", C, "agency", C, "reference", C, "referredAt", C,
            "CustomerErased", "customerId", C, "reference", C, "basis", C, "erasedBy", C, "caseIds", C,
            "eventsConcerned", C, "erasedAt", C);

    @Test
    void everyFieldOfEveryEventIsDecidedAndAnnotatedAsDecided() {
        Map<String, Kind> found = new TreeMap<>();
        events().forEach(event -> {
            for (RecordComponent component : event.getRecordComponents()) {
                found.put(event.getSimpleName() + "." + component.getName(),
                        component.isAnnotationPresent(PersonalData.class) ? P : C);
            }
        });
        Set<String> undecided = new TreeSet<>(found.keySet());
        undecided.removeAll(DECISIONS.keySet());
        assertThat(undecided).as("event fields with no decision in this table and docs/PRIVACY.md").isEmpty();
        assertThat(found).as("the annotations on the events, against the decisions").isEqualTo(new TreeMap<>(DECISIONS));
    }

    @Test
    void personalFieldsAreTextOrMapsOfText() {
        events().flatMap(event -> Arrays.stream(event.getRecordComponents()))
                .filter(component -> component.isAnnotationPresent(PersonalData.class))
                .forEach(component -> assertThat(component.getType().getSimpleName())
                        .as(component.toString()).isIn("String", "URI", "EvidenceAttributes"));
    }

    private static Stream<Class<?>> events() {
        return Stream.of(CaseEvent.class, CourierEvent.class, ScamContactEvent.class, PrivacyEvent.class)
                .flatMap(family -> Arrays.stream(family.getPermittedSubclasses()));
    }

    /** "Event", then its fields and their kinds, then the next event. */
    private static Map<String, Kind> decisions(Object... table) {
        Map<String, Kind> decisions = new TreeMap<>();
        String event = null;
        for (int i = 0; i < table.length; ) {
            if (i + 1 < table.length && table[i + 1] instanceof Kind) {
                decisions.put(event + "." + table[i], (Kind) table[i + 1]);
                i += 2;
            } else {
                event = (String) table[i++];
            }
        }
        return decisions;
    }
}

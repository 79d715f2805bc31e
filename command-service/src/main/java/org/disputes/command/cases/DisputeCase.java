package org.disputes.command.cases;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.disputes.api.CaseId;
import org.disputes.api.CaseKind;
import org.disputes.api.CaseStatus;
import org.disputes.api.Money;
import org.disputes.api.Purchase;
import org.disputes.api.Tender;
import org.disputes.api.claim.CaseClosed;
import org.disputes.api.claim.CustomerDisputeOpened;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.claim.DisputeReason;
import org.disputes.api.claim.FileDeliveryClaim;
import org.disputes.api.claim.OpenCustomerDispute;
import org.disputes.api.evidence.EvidenceAttribute;
import org.disputes.api.evidence.EvidenceId;
import org.disputes.api.evidence.EvidenceSubmitted;
import org.disputes.api.evidence.SubmitEvidence;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One customer's case: a delivery claim or a customer dispute, and the evidence the parties put on its record.
 * It guards what may be recorded; who must prove what is the adjudication's business, not this class's.
 * Every accepted command answers the case's new version: the number of events in its history.
 */
@Aggregate
public class DisputeCase {

    /** Clocks of carriers and phones drift; evidence "captured" a little in the future is still believable. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);
    static final int MAX_ATTRIBUTES = 32;

    @AggregateIdentifier
    private CaseId caseId;
    private CaseStatus status;
    private final Map<EvidenceId, EvidenceSubmitted> evidence = new HashMap<>();

    protected DisputeCase() {
        // for Axon: a case is rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public long handle(FileDeliveryClaim command, CaseCalendar calendar) {
        Instant now = calendar.now();
        Violations violations = new Violations();
        checkPurchase(command.purchase(), command.claimedAmount(), calendar, violations);
        violations.require(command.purchase().carrierId() != null, "carrierId", "is required for a delivery claim")
                .require(command.deliveryMethod() != null, "deliveryMethod", "is required")
                .require(notLaterThan(command.carrierReportedDeliveredAt(), now), "carrierReportedDeliveredAt",
                        "must not be in the future");
        violations.throwIfAny();
        Purchase purchase = command.purchase();
        apply(new DeliveryClaimFiled(command.caseId(), purchase, claimed(command.claimedAmount(), purchase),
                command.deliveryMethod(), command.carrierReportedDeliveredAt(), command.statement(), now,
                calendar.responseDueBy(CaseKind.ITEM_NOT_RECEIVED, purchase.jurisdiction(), now)));
        return version();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public long handle(OpenCustomerDispute command, CaseCalendar calendar) {
        Instant now = calendar.now();
        Violations violations = new Violations();
        checkPurchase(command.purchase(), command.claimedAmount(), calendar, violations);
        violations.require(command.reason() != null, "reason", "is required")
                .require(command.transactionAt() != null, "transactionAt", "is required")
                .require(notLaterThan(command.transactionAt(), now), "transactionAt", "must not be in the future")
                .require(command.reason() != DisputeReason.NOT_AS_DESCRIBED || command.deliveredAt() != null,
                        "deliveredAt", "is required when the goods are not as described")
                .require(notLaterThan(command.deliveredAt(), now), "deliveredAt", "must not be in the future")
                .require(command.deliveredAt() == null || command.transactionAt() == null
                                || !command.deliveredAt().isBefore(command.transactionAt()),
                        "deliveredAt", "must not be before transactionAt");
        violations.throwIfAny();
        Purchase purchase = command.purchase();
        apply(new CustomerDisputeOpened(command.caseId(), purchase, claimed(command.claimedAmount(), purchase),
                command.reason(), command.transactionAt(), command.deliveredAt(), command.statement(), now,
                calendar.responseDueBy(command.reason().kind(), purchase.jurisdiction(), now)));
        return version();
    }

    @CommandHandler
    public long handle(SubmitEvidence command, CaseCalendar calendar) {
        EvidenceSubmitted earlier = evidence.get(command.evidenceId());
        if (earlier != null) {
            assertSameSubmission(earlier, command);
            return version();
        }
        assertCaseAcceptsEvidence();
        Instant now = calendar.now();
        Violations violations = new Violations();
        violations.require(command.party() != null, "party", "is required")
                .require(command.type() != null, "type", "is required")
                .require(command.capturedAt() != null, "capturedAt", "is required")
                .require(notLaterThan(command.capturedAt(), now.plus(CLOCK_TOLERANCE)), "capturedAt",
                        "must not be in the future")
                .require(command.sha256() != null, "sha256", "is required")
                .require(command.uri() != null, "uri", "is required");
        if (command.party() != null && command.type() != null) {
            violations.require(command.type().mayComeFrom(command.party()), "party",
                    command.party() + " cannot submit " + command.type() + " evidence");
        }
        Map<String, Object> attributes = command.attributes().values();
        violations.require(attributes.size() <= MAX_ATTRIBUTES, "attributes",
                "must have at most " + MAX_ATTRIBUTES + " entries");
        attributes.forEach((key, value) -> EvidenceAttribute.forKey(key)
                .flatMap(attribute -> attribute.problemWith(value))
                .ifPresent(problem -> violations.require(false, "attributes." + key, problem)));
        violations.throwIfAny();
        apply(new EvidenceSubmitted(caseId, command.evidenceId(), command.party(), command.type(),
                command.capturedAt(), command.sha256(), command.uri(), command.description(), command.attributes(),
                now));
        return version();
    }

    private void assertCaseAcceptsEvidence() {
        if (!status.acceptsEvidence()) {
            throw new CaseConflict(CaseConflict.CASE_CLOSED, "Case " + caseId + " is closed; it accepts no evidence.");
        }
    }

    /** A retried submission is answered again; another item under a used id is a conflict. */
    private void assertSameSubmission(EvidenceSubmitted earlier, SubmitEvidence command) {
        boolean same = earlier.party() == command.party() && earlier.type() == command.type()
                && earlier.capturedAt().equals(command.capturedAt()) && earlier.sha256().equals(command.sha256())
                && earlier.uri().equals(command.uri())
                && java.util.Objects.equals(earlier.description(), command.description())
                && earlier.attributes().equals(command.attributes());
        if (!same) {
            throw new CaseConflict(CaseConflict.DUPLICATE_EVIDENCE,
                    "Evidence " + command.evidenceId() + " is already on this case with other content.");
        }
    }

    private static void checkPurchase(Purchase purchase, Money claimedAmount, CaseCalendar calendar,
                                      Violations violations) {
        Money amount = purchase.amount();
        violations.require(calendar.serves(purchase.jurisdiction()), "jurisdiction",
                        "must be one of the jurisdictions served: " + new java.util.TreeSet<>(calendar.jurisdictions()))
                .require(amount.isPositive(), "amount.value", "must be greater than zero")
                .require(amount.fitsMinorUnits(), "amount.value", "must use at most "
                        + amount.currency().getDefaultFractionDigits() + " decimals for " + amount.currency())
                .require(!purchase.tenders().isEmpty(), "tenders", "must name at least one tender");
        List<Tender> tenders = purchase.tenders();
        for (int i = 0; i < tenders.size(); i++) {
            BigDecimal paid = tenders.get(i).amount();
            violations.require(paid.signum() > 0, "tenders[" + i + "].amount", "must be greater than zero")
                    .require(Money.fitsMinorUnits(paid, amount.currency()), "tenders[" + i + "].amount",
                            "must use the minor units of " + amount.currency());
        }
        BigDecimal paidInTotal = tenders.stream().map(Tender::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        violations.require(tenders.isEmpty() || paidInTotal.compareTo(amount.value()) == 0, "tenders",
                "must add up to the amount (" + amount + "), not " + paidInTotal.toPlainString());
        if (claimedAmount != null) {
            violations.require(claimedAmount.sameCurrencyAs(amount), "claimedAmount.currency",
                            "must be the currency of the amount (" + amount.currency() + ")")
                    .require(claimedAmount.isPositive(), "claimedAmount.value", "must be greater than zero")
                    .require(!claimedAmount.isGreaterThan(amount), "claimedAmount.value",
                            "must not exceed the amount (" + amount + ")")
                    .require(claimedAmount.fitsMinorUnits(), "claimedAmount.value",
                            "must use the minor units of " + claimedAmount.currency());
        }
    }

    private static Money claimed(Money claimedAmount, Purchase purchase) {
        return Optional.ofNullable(claimedAmount).orElse(purchase.amount());
    }

    private static boolean notLaterThan(Instant instant, Instant limit) {
        return instant == null || !instant.isAfter(limit);
    }

    private static long version() {
        return AggregateLifecycle.getVersion() + 1;
    }

    @EventSourcingHandler
    void on(DeliveryClaimFiled event) {
        caseId = event.caseId();
        status = CaseStatus.OPEN;
    }

    @EventSourcingHandler
    void on(CustomerDisputeOpened event) {
        caseId = event.caseId();
        status = CaseStatus.OPEN;
    }

    @EventSourcingHandler
    void on(EvidenceSubmitted event) {
        evidence.put(event.evidenceId(), event);
    }

    @EventSourcingHandler
    void on(CaseClosed event) {
        status = CaseStatus.CLOSED;
    }
}

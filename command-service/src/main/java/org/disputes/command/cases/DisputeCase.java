package org.disputes.command.cases;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.disputes.api.CaseEvent;
import org.disputes.api.CaseId;
import org.disputes.api.CaseKind;
import org.disputes.api.CaseStatus;
import org.disputes.api.Money;
import org.disputes.api.Purchase;
import org.disputes.api.adjudication.AppealDecision;
import org.disputes.api.adjudication.CaseDecided;
import org.disputes.api.adjudication.CloseCase;
import org.disputes.api.adjudication.DecideCase;
import org.disputes.api.adjudication.DecideEscalatedCase;
import org.disputes.api.adjudication.DecisionAppealed;
import org.disputes.api.adjudication.DecisionOutcome;
import org.disputes.api.adjudication.EscalatedCaseDecided;
import org.disputes.api.adjudication.EscalationOverdue;
import org.disputes.api.adjudication.EscalationTier;
import org.disputes.api.adjudication.MarkEscalationOverdue;
import org.disputes.api.adjudication.ProofRequested;
import org.disputes.api.adjudication.RequestProof;
import org.disputes.api.claim.CaseClosed;
import org.disputes.api.evidence.Party;
import org.disputes.api.fraud.FraudSuspicionRecorded;
import org.disputes.api.fraud.RecordFraudSuspicion;
import org.disputes.api.scam.LinkScamReport;
import org.disputes.api.scam.ScamReportLinked;
import org.disputes.api.refund.RefundIssued;
import org.disputes.command.adjudication.Adjudicator;
import org.disputes.command.adjudication.Verdicts;
import org.disputes.command.policy.CaseFacts;
import org.disputes.command.policy.Decision;
import org.disputes.command.policy.Evidence;
import org.disputes.command.policy.FraudSuspicion;
import org.disputes.command.policy.RefundSplit;
import org.disputes.platform.problem.ProblemCode;
import org.disputes.api.claim.CustomerDisputeOpened;
import org.disputes.api.claim.DeliveryClaimFiled;
import org.disputes.api.claim.DisputeReason;
import org.disputes.api.claim.FileDeliveryClaim;
import org.disputes.api.claim.OpenCustomerDispute;
import org.disputes.api.evidence.EvidenceId;
import org.disputes.api.evidence.EvidenceSubmitted;
import org.disputes.api.evidence.SubmitEvidence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/**
 * One customer's case: a delivery claim or a customer dispute, the evidence the parties put on its record, and
 * what was decided on it. It guards what may be recorded and when; who must prove what is the burden-of-proof
 * policy's business, which it consults through the {@link Adjudicator}. A refund is issued at most once.
 * Every accepted command answers the case's new version: the number of events in its history. Registered, with its
 * repository, by the command service's case configuration.
 */
public class DisputeCase {

    /** Clocks of carriers and phones drift; evidence "captured" a little in the future is still believable. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    /**
     * Command metadata: the version (number of events) the sender last saw, from HTTP {@code If-Match}. A command
     * carrying it applies only to the case at exactly that version; commands without it are not checked.
     */
    public static final String EXPECTED_VERSION = "expectedVersion";

    static final int MIN_JUSTIFICATION = 20;
    static final int MAX_TEXT = 4000;

    @AggregateIdentifier
    private CaseId caseId;
    private CaseKind kind;
    private CaseStatus status;
    private Purchase purchase;
    private Money claimed;
    private Instant filedAt;
    private Instant responseDueBy;
    private Instant deliveredAt;
    private boolean proofRequested;
    private final Map<EvidenceId, EvidenceSubmitted> evidence = new LinkedHashMap<>();
    private final List<FraudSuspicion> suspicions = new ArrayList<>();
    private EscalationTier tier;
    private Instant escalationDueBy;
    private DecisionOutcome personDecision;
    private Instant appealDueBy;
    private boolean refunded;

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
    public long handle(SubmitEvidence command, CaseCalendar calendar, Adjudicator adjudicator,
                       @MetaDataValue(EXPECTED_VERSION) Long expectedVersion) {
        assertAtVersion(expectedVersion);
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
        violations.add(command.attributes().flaws()).throwIfAny();
        apply(new EvidenceSubmitted(caseId, command.evidenceId(), command.party(), command.type(),
                command.capturedAt(), command.sha256(), command.uri(), command.description(), command.attributes(),
                now));
        if (status == CaseStatus.ESCALATED || status == CaseStatus.APPEALED) {
            Decision reweighed = adjudicator.reweigh(caseId, facts(), purchase.customerId(), purchase.courierId(),
                    kind, now);
            apply(Verdicts.reweighed(caseId, reweighed, now), Verdicts.underPolicy(reweighed));
        }
        return version();
    }

    /** Asks the side that carries the burden for its proof, once. */
    @CommandHandler
    public long handle(RequestProof command, CaseCalendar calendar) {
        if (!proofRequested) {
            List<Party> from = kind == CaseKind.ITEM_NOT_RECEIVED ? List.of(Party.SELLER, Party.CARRIER)
                    : List.of(Party.SELLER);
            apply(new ProofRequested(caseId, from, responseDueBy, calendar.now()));
        }
        return version();
    }

    /** The deadline fell: the policy decides an open case; a case decided meanwhile ignores it. */
    @CommandHandler
    public long handle(DecideCase command, CaseCalendar calendar, Adjudicator adjudicator) {
        if (status != CaseStatus.OPEN) {
            return version();
        }
        Instant now = calendar.now();
        Decision decision = adjudicator.decide(caseId, facts(), purchase.customerId(), purchase.courierId(), kind,
                now);
        if (decision.isPending()) {
            return version();
        }
        MetaData underPolicy = Verdicts.underPolicy(decision);
        apply(Verdicts.decided(caseId, decision, now, adjudicator.escalationDueBy(now)), underPolicy);
        if (decision.refund() != null) {
            issueRefund(decision.refund(), Verdicts.POLICY, now, underPolicy);
        }
        return version();
    }

    @CommandHandler
    public long handle(RecordFraudSuspicion command, CaseCalendar calendar,
                       @MetaDataValue(EXPECTED_VERSION) Long expectedVersion) {
        assertAtVersion(expectedVersion);
        if (status == CaseStatus.CLOSED) {
            throw new CaseConflict(ProblemCode.CASE_CLOSED, "Case " + caseId + " is closed.");
        }
        new Violations().require(command.note() == null || command.note().length() <= MAX_TEXT, "note",
                "must be at most " + MAX_TEXT + " characters").throwIfAny();
        apply(new FraudSuspicionRecorded(caseId, command.regulatorNotified(), command.note(), calendar.now()));
        return version();
    }

    /** A scam report names the case: its record tells it, whatever the case's state (it decides nothing). */
    @CommandHandler
    public long handle(LinkScamReport command, CaseCalendar calendar) {
        apply(new ScamReportLinked(caseId, command.reportId(), command.contactId(), command.channel(),
                command.contact(), command.impersonatedBrand(), calendar.now()));
        return version();
    }

    /**
     * Only the escalation team decides an escalated or appealed case. Repeating the refund that was decided
     * changes nothing; anything else on a case that is not waiting for people is a conflict.
     */
    @CommandHandler
    public long handle(DecideEscalatedCase command, CaseCalendar calendar, Adjudicator adjudicator,
                       @MetaDataValue(EXPECTED_VERSION) Long expectedVersion) {
        assertAtVersion(expectedVersion);
        new Violations()
                .require(command.outcome() == DecisionOutcome.REFUND || command.outcome() == DecisionOutcome.DENY,
                        "outcome", "must be REFUND or DENY")
                .require(command.justification() != null
                                && command.justification().strip().length() >= MIN_JUSTIFICATION,
                        "justification", "must be a written justification of at least " + MIN_JUSTIFICATION
                                + " characters")
                .require(command.justification() == null || command.justification().length() <= MAX_TEXT,
                        "justification", "must be at most " + MAX_TEXT + " characters")
                .throwIfAny();
        if (refunded && command.outcome() == DecisionOutcome.REFUND) {
            return version();
        }
        if (status != CaseStatus.ESCALATED && status != CaseStatus.APPEALED) {
            throw new CaseConflict(ProblemCode.CASE_NOT_ESCALATED,
                    "Case " + caseId + " is " + status + ", not waiting for the escalation team.");
        }
        Instant now = calendar.now();
        apply(new EscalatedCaseDecided(caseId, command.outcome(), command.justification().strip(),
                command.decidedBy(), now,
                command.outcome() == DecisionOutcome.DENY ? adjudicator.appealDueBy(now) : null));
        if (command.outcome() == DecisionOutcome.REFUND) {
            issueRefund(RefundSplit.of(claimed, purchase.tenders()), command.decidedBy(), now, MetaData.emptyInstance());
        }
        return version();
    }

    /** A customer may appeal a denial inside the appeal window; the case goes back to the escalation team. */
    @CommandHandler
    public long handle(AppealDecision command, CaseCalendar calendar, Adjudicator adjudicator,
                       @MetaDataValue(EXPECTED_VERSION) Long expectedVersion) {
        assertAtVersion(expectedVersion);
        new Violations().require(command.reason() != null && !command.reason().isBlank(), "reason", "is required")
                .require(command.reason() == null || command.reason().length() <= MAX_TEXT, "reason",
                        "must be at most " + MAX_TEXT + " characters")
                .throwIfAny();
        Instant now = calendar.now();
        boolean denied = personDecision == DecisionOutcome.DENY
                && (status == CaseStatus.DENIED || status == CaseStatus.CLOSED);
        if (!denied) {
            throw new CaseConflict(ProblemCode.CASE_NOT_DENIED,
                    "Case " + caseId + " is " + status + "; only a denied case can be appealed.");
        }
        if (status == CaseStatus.CLOSED || now.isAfter(appealDueBy)) {
            throw new CaseConflict(ProblemCode.APPEAL_WINDOW_CLOSED,
                    "The appeal window of case " + caseId + " closed at " + appealDueBy + ".");
        }
        apply(new DecisionAppealed(caseId, command.reason(), EscalationTier.TIER2, now,
                adjudicator.escalationDueBy(now)));
        return version();
    }

    /** The SLA that ended at {@code dueBy} passed with nobody deciding: record the breach and raise the tier. */
    @CommandHandler
    public long handle(MarkEscalationOverdue command, CaseCalendar calendar, Adjudicator adjudicator) {
        boolean waiting = status == CaseStatus.ESCALATED || status == CaseStatus.APPEALED;
        if (waiting && command.dueBy().equals(escalationDueBy)) {
            Instant now = calendar.now();
            apply(new EscalationOverdue(caseId, tier, tier.raised(), escalationDueBy,
                    adjudicator.escalationDueBy(now), now));
        }
        return version();
    }

    /** The appeal window of a denial passed unused: the case is closed for good. */
    @CommandHandler
    public long handle(CloseCase command, CaseCalendar calendar) {
        if (status == CaseStatus.DENIED && command.appealDueBy().equals(appealDueBy)) {
            apply(new CaseClosed(caseId, "the appeal window passed without an appeal", calendar.now()));
        }
        return version();
    }

    /** The one place a refund is issued: at most once per case, whoever decided it. */
    private void issueRefund(RefundSplit split, String decidedBy, Instant now, MetaData metaData) {
        if (!refunded) {
            apply(new RefundIssued(caseId, split.total(), split.shares(), decidedBy, now), metaData);
        }
    }

    private CaseFacts.Builder facts() {
        CaseFacts.Builder facts = CaseFacts.builder(kind)
                .jurisdiction(purchase.jurisdiction())
                .filedAt(filedAt)
                .responseDueBy(responseDueBy)
                .deliveredAt(deliveredAt)
                .claimed(claimed)
                .tenders(purchase.tenders())
                .evidence(evidence.values().stream().map(Evidence::from).toList());
        suspicions.forEach(facts::fraudSuspicion);
        return facts;
    }

    /**
     * The sender's precondition, checked before anything else: the case must be exactly as the sender last saw
     * it. Under the aggregate's lock, and a racing writer elsewhere makes the append fail and the command retry
     * against the newer case, so two senders of one expected version never both succeed.
     */
    private void assertAtVersion(Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != version()) {
            throw new CaseVersionMismatch(caseId.toString(), expectedVersion, version());
        }
    }

    private void assertCaseAcceptsEvidence() {
        if (!status.acceptsEvidence()) {
            throw new CaseConflict(ProblemCode.CASE_CLOSED, "Case " + caseId + " is closed; it accepts no evidence.");
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
            throw new CaseConflict(ProblemCode.DUPLICATE_EVIDENCE,
                    "Evidence " + command.evidenceId() + " is already on this case with other content.");
        }
    }

    /** A case opens only on a sound purchase, in a jurisdiction served, for a part of what was paid. */
    private static void checkPurchase(Purchase purchase, Money claimedAmount, CaseCalendar calendar,
                                      Violations violations) {
        violations.require(calendar.serves(purchase.jurisdiction()), "jurisdiction",
                        "must be one of the jurisdictions served: " + new java.util.TreeSet<>(calendar.jurisdictions()))
                .add(purchase.flaws());
        if (claimedAmount != null) {
            violations.add(purchase.flawsOfClaim(claimedAmount).stream().map(f -> f.within("claimedAmount")).toList());
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
        opened(event.caseId(), CaseKind.ITEM_NOT_RECEIVED, event.purchase(), event.claimedAmount(), event.filedAt(),
                event.responseDueBy(), null);
    }

    @EventSourcingHandler
    void on(CustomerDisputeOpened event) {
        opened(event.caseId(), event.reason().kind(), event.purchase(), event.claimedAmount(), event.filedAt(),
                event.responseDueBy(), event.deliveredAt());
    }

    private void opened(CaseId id, CaseKind caseKind, Purchase bought, Money claimedAmount, Instant filed,
                        Instant dueBy, Instant delivered) {
        caseId = id;
        kind = caseKind;
        purchase = bought;
        claimed = claimedAmount;
        filedAt = filed;
        responseDueBy = dueBy;
        deliveredAt = delivered;
        status = CaseStatus.OPEN;
    }

    @EventSourcingHandler
    void on(ProofRequested event) {
        proofRequested = true;
    }

    @EventSourcingHandler
    void on(FraudSuspicionRecorded event) {
        suspicions.add(new FraudSuspicion(event.regulatorNotified(), event.recordedAt()));
    }

    @EventSourcingHandler
    void on(CaseDecided event) {
        if (event.outcome() == DecisionOutcome.ESCALATE) {
            status = CaseStatus.ESCALATED;
            tier = event.tier();
            escalationDueBy = event.escalationDueBy();
        }
    }

    @EventSourcingHandler
    void on(EscalationOverdue event) {
        tier = event.to();
        escalationDueBy = event.dueBy();
    }

    @EventSourcingHandler
    void on(EscalatedCaseDecided event) {
        personDecision = event.outcome();
        escalationDueBy = null;
        if (event.outcome() == DecisionOutcome.DENY) {
            status = CaseStatus.DENIED;
            appealDueBy = event.appealDueBy();
        }
    }

    @EventSourcingHandler
    void on(DecisionAppealed event) {
        status = CaseStatus.APPEALED;
        tier = event.tier();
        escalationDueBy = event.escalationDueBy();
    }

    @EventSourcingHandler
    void on(RefundIssued event) {
        refunded = true;
        status = CaseStatus.REFUNDED;
    }

    @EventSourcingHandler
    void on(EvidenceSubmitted event) {
        evidence.put(event.evidenceId(), event);
    }

    @EventSourcingHandler
    void on(CaseClosed event) {
        status = CaseStatus.CLOSED;
    }

    /** Records an event of the case: only a member of the sealed {@link CaseEvent} family, so every reader knows it. */
    private static void apply(CaseEvent event) {
        AggregateLifecycle.apply(event);
    }

    private static void apply(CaseEvent event, MetaData metaData) {
        AggregateLifecycle.apply(event, metaData);
    }
}

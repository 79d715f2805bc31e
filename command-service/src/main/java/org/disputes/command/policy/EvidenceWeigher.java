package org.disputes.command.policy;

import org.disputes.api.CaseKind;
import org.disputes.api.evidence.EvidenceAttribute;
import org.disputes.api.evidence.Party;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Weighs every evidence item of a case (POLICY.md §2), in this order: evidence that arrived after {@code cutoff}
 * counts for nothing (the decision is taken on what was received by the time the window closed); evidence that does
 * not bear on the case's question counts for nothing (EV-1); evidence from a party that cannot argue its side counts
 * for nothing (EV-2); the rest weighs what its type and attributes say.
 */
public final class EvidenceWeigher {

    public Weighing weigh(CaseKind kind, List<Evidence> evidence, Instant cutoff) {
        List<Evidence> onTime = evidence.stream().filter(item -> !item.submittedAt().isAfter(cutoff)).toList();
        Optional<Evidence> remoteReport = remoteRequestReport(onTime);
        List<WeighedEvidence> items = new ArrayList<>();
        List<Reason> disclosures = new ArrayList<>();
        for (Evidence item : evidence) {
            TypeWeights.Weighting weighting = weighOne(kind, item, cutoff, remoteReport);
            weighting.disclosure().ifPresent(disclosures::add);
            items.add(new WeighedEvidence(item.id(), item.party(), item.type(), ProofSide.of(item.type()),
                    weighting.weight(), weighting.because()));
        }
        if (kind != CaseKind.ITEM_NOT_RECEIVED) {
            // couriers and their one-time codes belong to delivery claims only
            return new Weighing(items, List.of());
        }
        if (disclosures.isEmpty()) {
            // §2: a customer's report of a remote request raises the signal even with no code on record
            remoteReport.map(TypeWeights::reportsRemoteRequest).ifPresent(disclosures::add);
        }
        return new Weighing(items, disclosures);
    }

    private static TypeWeights.Weighting weighOne(CaseKind kind, Evidence item, Instant cutoff,
                                                  Optional<Evidence> remoteReport) {
        if (item.submittedAt().isAfter(cutoff)) {
            return TypeWeights.Weighting.of(Weight.NONE, Reason.of(ReasonCode.WEIGHT_LATE,
                    "submittedAt", item.submittedAt(), "cutoff", cutoff));
        }
        if (!Relevance.bears(kind, item.type())) {
            return TypeWeights.Weighting.of(Weight.NONE, Reason.of(ReasonCode.WEIGHT_NOT_RELEVANT, "kind", kind));
        }
        ProofSide side = ProofSide.of(item.type());
        // EV-2, the same table the case applies when evidence is submitted: the policy, pure, relies on no caller
        if (!item.type().mayComeFrom(item.party())) {
            return TypeWeights.Weighting.of(Weight.NONE, side == ProofSide.SELLER
                    ? Reason.of(ReasonCode.WEIGHT_CUSTOMER_FOR_SELLER)
                    : Reason.of(ReasonCode.WEIGHT_OWN_SIDE_REBUTTAL, "party", item.party()));
        }
        return TypeWeights.weigh(item, remoteReport);
    }

    /**
     * §2 speaks of customer evidence saying the code was requested remotely; the same statement from the seller's
     * side is an admission and counts too (EV-4). The customer's own report is preferred when reasons name one.
     */
    private static Optional<Evidence> remoteRequestReport(List<Evidence> onTime) {
        return onTime.stream()
                .filter(item -> item.attributes().flag(EvidenceAttribute.OTP_REQUESTED_REMOTELY).orElse(false))
                .min(Comparator.comparing(item -> item.party() != Party.CUSTOMER));
    }
}
